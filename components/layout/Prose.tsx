import type { ReactNode } from "react";

export function Prose({ children }: { children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 [&_h1]:text-3xl [&_h1]:font-bold [&_h1]:leading-tight [&_h2]:mt-10 [&_h2]:text-xl [&_h2]:font-bold [&_li]:mt-2 [&_p]:mt-4 [&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6">
      {children}
    </article>
  );
}

export function DemoNotice() {
  return (
    <p className="rounded-md border border-line-strong bg-mist px-4 py-3">
      <strong>Demonstration site.</strong> This clinic is fictional. The text below describes how this site is built
      to work; it is not a real practice&rsquo;s legal notice.
    </p>
  );
}
