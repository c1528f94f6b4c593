import { ContentArticle } from "@/components/content/ContentArticle";
import { RichText } from "@/components/content/RichText";
import { pageMetadata } from "@/lib/content/metadata";
import { aboutPage as page, team } from "@/lib/content/pages/about";

export const metadata = pageMetadata(page);

const TEAM = { id: "our-team", heading: "Our team" };

export default function AboutPage() {
  return (
    <ContentArticle page={page} extraContents={[TEAM]}>
      <section>
        <h2 id={TEAM.id}>{TEAM.heading}</h2>
        <ul className="!mt-6 grid gap-6 sm:grid-cols-2">
          {team.map((person) => (
            <li key={person.name} className="!mt-0 rounded-lg border border-line bg-surface p-5">
              <h3 className="!mt-0">{person.name}</h3>
              <p className="!mt-1 text-ink-muted">
                {person.credentials}
                <br />
                {person.role}
              </p>
              <p>
                <RichText text={person.bio} citations={new Map()} />
              </p>
            </li>
          ))}
        </ul>
      </section>
    </ContentArticle>
  );
}
