/**
 * A person's name as they typed it, each part isolated (`<bdi>`): a name in Arabic or Hebrew
 * shows right to left without turning the words around it, or the other part of the name,
 * around. Stored text holds no bidirectional controls (lib/validation/clean-text.ts); the
 * isolation is the second guard, and what shows mixed-direction names in the right order.
 */
export function PersonName({ firstName, lastName }: { firstName: string; lastName: string }) {
  return (
    <>
      <bdi>{firstName}</bdi> <bdi>{lastName}</bdi>
    </>
  );
}
