export default function Done() {
  return (
    <main>
      <h1>Sent</h1>
    </main>
  );
}
