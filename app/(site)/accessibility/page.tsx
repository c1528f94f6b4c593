import type { Metadata } from "next";
import { DemoNotice, Prose } from "@/components/layout/Prose";
import { clinic, telHref } from "@/lib/clinic";

export const metadata: Metadata = {
  title: "Accessibility",
  description: `How ${clinic.name} makes this site accessible and how to report a barrier.`,
};

export default function AccessibilityPage() {
  return (
    <Prose>
      <h1>Accessibility</h1>
      <DemoNotice />

      <h2>Our goal</h2>
      <p>
        We want everyone to be able to read this site and ask for an appointment, including people who use a screen
        reader, a keyboard, voice control or screen magnification. Our goal is to meet the Web Content Accessibility
        Guidelines (WCAG) 2.1 at level AA.
      </p>

      <h2>What we do</h2>
      <ul>
        <li>Pages use headings, landmarks and labelled form fields, so assistive technology can find its way.</li>
        <li>Everything works with a keyboard, and the element in focus is clearly outlined.</li>
        <li>Text and controls meet WCAG contrast ratios, and pages still work when zoomed or on a narrow screen.</li>
        <li>Forms work without JavaScript, and errors are explained next to the field they belong to.</li>
        <li>We keep motion to a minimum and respect the &ldquo;reduce motion&rdquo; setting.</li>
      </ul>
      <p>
        We check pages with automated tools and by hand, but no check catches everything, and some barriers may remain.
      </p>

      <h2>Report a barrier</h2>
      <p>
        If something on this site is hard or impossible for you to use, please tell us. Call{" "}
        <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a> or email{" "}
        <a href={`mailto:${clinic.email.frontDesk}`}>{clinic.email.frontDesk}</a>, and say which page and what
        happened. Please do not include health details in the email. If you cannot use the appointment form, you can
        always ask for an appointment by phone instead.
      </p>
    </Prose>
  );
}
