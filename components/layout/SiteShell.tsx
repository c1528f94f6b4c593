import type { ReactNode } from "react";
import { Footer } from "./Footer";
import { Header } from "./Header";

/** The public site's header, main region and footer. */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <>
      <Header />
      <main id="main-content" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <Footer />
    </>
  );
}
