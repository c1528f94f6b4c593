import type { Metadata } from "next";
import { DemoNotice, Prose } from "@/components/layout/Prose";
import { clinic, telHref } from "@/lib/clinic";

export const metadata: Metadata = {
  title: "Privacy",
  description: `What ${clinic.name} collects through this site, why, who can see it and how to ask for it to be deleted.`,
};

export default function PrivacyPage() {
  const phone = <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>;

  return (
    <Prose>
      <h1>Privacy</h1>
      <DemoNotice />

      <h2>What the appointment form collects, and why</h2>
      <p>When you ask for an appointment, we ask for:</p>
      <ul>
        <li>your name and date of birth, to tell patients apart and because we treat adults only;</li>
        <li>your phone number, email address and how you prefer to be contacted, so we can reach you;</li>
        <li>the days and times that suit you, so we call when you can talk;</li>
        <li>the treatment you are interested in, whether you are new or returning, and your referring clinician if you have one, so the right person calls you back;</li>
        <li>an optional note, for anything you want us to know before we call;</li>
        <li>your agreement that we may contact you about the request, and your confirmation that you know the form is not for emergencies.</li>
      </ul>
      <p>We use this only to answer your request and arrange care. We do not sell it or use it for marketing.</p>

      <h2>Where it is kept and who sees it</h2>
      <p>
        What you send is stored only in the clinic&rsquo;s own database. Only clinic staff who are signed in to the
        staff area can see it.
      </p>
      <p>
        Your answers are never put in emails, web addresses (URLs) or log files. The email telling staff about a new
        request contains a reference number, not your details. The confirmation email we send you contains your
        reference number and what happens next, and nothing about your health.
      </p>

      <h2>No trackers</h2>
      <p>
        This site uses no analytics, advertising or tracking cookies, and no third-party scripts or fonts. Every page
        and file is served from the clinic&rsquo;s own site, so no other company learns that you visited.
      </p>

      <h2>Asking us to delete your information</h2>
      <p>
        Call us at {phone}. We will check that it is you, then delete your request, unless the law requires us to keep
        it (for example, once it has become part of a medical record). You can also call to ask what we hold about you
        or to correct it.
      </p>
    </Prose>
  );
}
