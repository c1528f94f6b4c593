/**
 * Form actions that stay pending until the test ends. React entangles every transition with
 * async actions still in flight, in one module-wide queue: a promise left pending forever would
 * hold back the action state updates of every later test in the file. So each one is settled
 * after its test (call `settlePendingActionsAfterEach()` once per test file).
 */
import { act } from "@testing-library/react";
import type { FormState } from "@/lib/forms/form-state";

const unsettled = new Set<() => void>();

export function pendingAction<Field extends string>() {
  return jest.fn<Promise<FormState<Field>>, [FormState<Field>, FormData]>(
    () =>
      new Promise<FormState<Field>>((resolve) => {
        unsettled.add(() => resolve({ status: "idle" }));
      }),
  );
}

export function settlePendingActionsAfterEach() {
  afterEach(async () => {
    await act(async () => {
      for (const settle of unsettled) settle();
    });
    unsettled.clear();
  });
}
