/** A static page: what Next.js and React alone cost a content page. */
export default function Home() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>Nothing but text.</p>
    </main>
  );
}
