/**
 * The appointment request form as a person uses it in the browser (JavaScript on): what
 * happens when they send it empty, fix a field, are too young, fill it in properly, get an
 * answer back from the server, or press "Send" twice.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pendingAction, settlePendingActionsAfterEach } from "@/tests/helpers/pending-action";
import { AppointmentForm } from "@/components/forms/AppointmentForm";
import type { FormState } from "@/lib/forms/form-state";
import type { AppointmentField } from "@/lib/validation/appointment";
import { todayIn } from "@/lib/validation/fields";
import { clinic } from "@/lib/clinic";

type State = FormState<AppointmentField>;
type Action = (state: State, formData: FormData) => Promise<State>;

const IDEMPOTENCY_KEY = "3f2b8c1e-7d4a-4e8b-9a51-0c6d2e9f1a77";
const ADULTS_ONLY = "Our clinic treats adults only: you must be 18 or older to request an appointment.";

settlePendingActionsAfterEach();

function setup(action: Action = pendingAction<AppointmentField>()) {
  const user = userEvent.setup();
  render(<AppointmentForm action={action} idempotencyKey={IDEMPOTENCY_KEY} />);
  return { user, action };
}

const sendButton = () => screen.getByRole("button", { name: /send request|sending your request/i });
const field = (label: RegExp | string) => screen.getByLabelText(label);
const group = (legend: RegExp) => screen.getByRole("group", { name: legend });

/** A date of birth `years` years before today in the clinic's time zone (YYYY-MM-DD). */
function yearsAgo(years: number): string {
  const [y, m, d] = todayIn(clinic.timeZone).split("-") as [string, string, string];
  // 29 February does not exist in every year; the 28th keeps the person just as old or younger.
  const day = m === "02" && d === "29" ? "28" : d;
  return `${Number(y) - years}-${m}-${day}`;
}

/** Fills in every required field (and the optional ones) the way a person would. */
async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field("First name"), "Ana María");
  await user.type(field("Last name"), "O’Neil-Smith");
  await user.type(field(/date of birth/i), "1985-04-12");
  await user.type(field(/phone number/i), "541-555-0199");
  await user.type(field("Email address"), "Ana@Example.test");
  await user.click(within(group(/how should we contact you first/i)).getByRole("radio", { name: "Text message" }));
  const days = within(group(/best days to reach you/i));
  await user.click(days.getByRole("checkbox", { name: "Monday" }));
  await user.click(days.getByRole("checkbox", { name: "Thursday" }));
  await user.click(within(group(/best times to reach you/i)).getByRole("checkbox", { name: "Morning, 8 am to noon" }));
  await user.click(within(group(/which treatment/i)).getByRole("radio", { name: "Not sure yet" }));
  await user.click(within(group(/been a patient here before/i)).getByRole("radio", { name: "I am new to the clinic" }));
  await user.type(field(/referring clinician/i), "Dr. Lee, Riverton Family Practice");
  await user.type(field(/anything you would like us to know/i), "Afternoons are best.");
  await user.click(screen.getByRole("checkbox", { name: /you may contact me by phone/i }));
  await user.click(screen.getByRole("checkbox", { name: /not for emergencies/i }));
}

describe("AppointmentForm", () => {
  test("sending the empty form does not call the action; it lists the problems, marks each field and focuses the first", async () => {
    const { user, action } = setup();

    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).not.toHaveBeenCalled();
    expect(within(alert).getByRole("heading")).toHaveTextContent(/please correct the \d+ highlighted fields/i);

    // Every required field is listed, in page order, with a link to it.
    const expected: [string, string][] = [
      ["firstName", "Enter your first name."],
      ["lastName", "Enter your last name."],
      ["dateOfBirth", "Enter your date of birth."],
      ["phone", "Enter a phone number."],
      ["email", "Enter an email address."],
      ["preferredContact", "Choose how we should contact you."],
      ["availableDays", "Choose at least one day."],
      ["availableTimes", "Choose at least one time of day."],
      ["treatment", "Choose a treatment, or “Not sure yet”."],
      ["patientStatus", "Tell us whether you are new or returning."],
      ["consentToContact", "Please agree that we may contact you about this request."],
      ["acknowledgeNotEmergency", "Please confirm you understand this form is not for emergencies."],
    ];
    const links = within(alert).getAllByRole("link");
    expect(links.map((a) => [a.getAttribute("href"), a.textContent])).toEqual(expected.map(([id, msg]) => [`#${id}`, msg]));
    expect(within(alert).getByRole("heading")).toHaveTextContent(`the ${expected.length} highlighted fields`);

    // Text fields: invalid, and described by their own error (after any hint).
    const textFields: [HTMLElement, string][] = [
      [field("First name"), "Enter your first name."],
      [field("Last name"), "Enter your last name."],
      [field(/date of birth/i), "Enter your date of birth."],
      [field(/phone number/i), "Enter a phone number."],
      [field("Email address"), "Enter an email address."],
    ];
    for (const [input, message] of textFields) {
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input).toBeInvalid();
      expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    }

    // Radio and checkbox groups: the fieldset is described by the error, each option is invalid.
    const groups: [RegExp, string][] = [
      [/how should we contact you first/i, "Choose how we should contact you."],
      [/best days to reach you/i, "Choose at least one day."],
      [/best times to reach you/i, "Choose at least one time of day."],
      [/which treatment/i, "Choose a treatment, or “Not sure yet”."],
      [/been a patient here before/i, "Tell us whether you are new or returning."],
    ];
    for (const [legend, message] of groups) {
      const fieldset = group(legend);
      for (const option of fieldset.querySelectorAll("input")) expect(option).toHaveAttribute("aria-invalid", "true");
      expect(fieldset).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    }

    // Single checkboxes.
    const consent = screen.getByRole("checkbox", { name: /you may contact me by phone/i });
    expect(consent).toHaveAttribute("aria-invalid", "true");
    expect(consent).toHaveAccessibleDescription("Error: Please agree that we may contact you about this request.");
    const acknowledge = screen.getByRole("checkbox", { name: /not for emergencies/i });
    expect(acknowledge).toHaveAttribute("aria-invalid", "true");
    // Its error first, then the crisis guidance it acknowledges.
    expect(acknowledge).toHaveAccessibleDescription(
      expect.stringMatching(/^Error: Please confirm you understand this form is not for emergencies\. .*988.*911/),
    );

    // Optional fields are not flagged.
    expect(field(/referring clinician/i)).not.toHaveAttribute("aria-invalid");
    expect(field(/anything you would like us to know/i)).not.toHaveAttribute("aria-invalid");

    expect(field("First name")).toHaveFocus();
  });

  test("leaving a field shows no error: the form is checked when it is sent", async () => {
    const { user } = setup();
    const email = field("Email address");
    const consent = screen.getByRole("checkbox", { name: /you may contact me by phone/i });

    await user.type(email, "ana@example");
    await user.tab();
    await user.click(consent);

    // An error line appearing on blur would move the controls below it under the pointer.
    expect(email).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("Enter an email address like name@example.com.")).not.toBeInTheDocument();
    expect(consent).toBeChecked();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("after a send, a field's error clears as it is typed, and a new problem shows as it is typed", async () => {
    const { user } = setup();
    const email = field("Email address");

    await user.type(email, "ana@example");
    await user.click(sendButton());
    await waitFor(() => expect(email).toHaveAccessibleDescription("Error: Enter an email address like name@example.com."));

    await user.type(email, ".test");
    await waitFor(() => expect(email).not.toHaveAttribute("aria-invalid"));
    expect(email).not.toHaveAccessibleDescription();

    // Still without leaving the field: the check runs on each change now.
    await user.type(email, "@");
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
  });

  test("a date of birth less than 18 years ago shows the adults-only message", async () => {
    const { user } = setup();
    const dob = field(/date of birth/i);

    await user.type(dob, yearsAgo(17));
    expect(dob).toHaveValue(yearsAgo(17));
    await user.click(sendButton());

    await waitFor(() => expect(dob).toHaveAccessibleDescription(expect.stringContaining(`Error: ${ADULTS_ONLY}`)));
    expect(dob).toHaveAttribute("aria-invalid", "true");
  });

  test("a complete form calls the action once with everything typed, the idempotency key and an empty honeypot", async () => {
    const action = pendingAction<AppointmentField>();
    const { user } = setup(action);

    await fillValidForm(user);
    await user.click(sendButton());

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    const [previous, data] = action.mock.calls[0]!;
    expect(previous).toEqual({ status: "idle" });
    expect(data).toBeInstanceOf(FormData);
    expect(data.get("firstName")).toBe("Ana María");
    expect(data.get("lastName")).toBe("O’Neil-Smith");
    expect(data.get("dateOfBirth")).toBe("1985-04-12");
    expect(data.get("phone")).toBe("541-555-0199");
    expect(data.get("email")).toBe("Ana@Example.test");
    expect(data.get("preferredContact")).toBe("text");
    expect(data.getAll("availableDays")).toEqual(["mon", "thu"]);
    expect(data.getAll("availableTimes")).toEqual(["morning"]);
    expect(data.get("treatment")).toBe("not-sure");
    expect(data.get("patientStatus")).toBe("new");
    expect(data.get("referringClinician")).toBe("Dr. Lee, Riverton Family Practice");
    expect(data.get("note")).toBe("Afternoons are best.");
    expect(data.get("consentToContact")).toBe("on");
    expect(data.get("acknowledgeNotEmergency")).toBe("on");
    expect(data.get("idempotencyKey")).toBe(IDEMPOTENCY_KEY);
    expect(data.get("website")).toBe("");
  });

  test("field errors from the server show on the field, in the summary, and focus the field", async () => {
    const action = jest.fn<Promise<State>, [State, FormData]>(async () => ({
      status: "error",
      message: "We could not save your request. Please check the highlighted field.",
      fieldErrors: { email: "Server says no" },
      values: { firstName: "Ana María", email: "Ana@Example.test" },
    }));
    const { user } = setup(action);

    await fillValidForm(user);
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).toHaveBeenCalledTimes(1);
    // The heading counts the fields still wrong, so it stays true as the person fixes them.
    expect(within(alert).getByRole("heading")).toHaveTextContent("Please correct the highlighted field and send the form again.");
    expect(within(alert).getByRole("link", { name: "Server says no" })).toHaveAttribute("href", "#email");

    const email = field("Email address");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription("Error: Server says no");
    await waitFor(() => expect(email).toHaveFocus());
    // What the person typed is still there.
    expect(email).toHaveValue("Ana@Example.test");
    expect(field("First name")).toHaveValue("Ana María");
    expect(sendButton()).toBeEnabled();
  });

  const databaseFailure = () =>
    jest.fn<Promise<State>, [State, FormData]>(async () => ({
      status: "error",
      message: "Something went wrong on our side and your request was not saved. Please try again or call us.",
      fieldErrors: {},
      values: {},
    }));

  test("a server error without field errors is shown in the alert", async () => {
    const action = databaseFailure();
    const { user } = setup(action);

    await fillValidForm(user);
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).toHaveBeenCalledTimes(1);
    expect(alert).toHaveTextContent("Something went wrong on our side and your request was not saved.");
    expect(within(alert).queryAllByRole("link")).toHaveLength(0);
    expect(sendButton()).toBeEnabled();
  });

  test("a server error without field errors moves focus to the alert", async () => {
    const { user } = setup(databaseFailure());

    await fillValidForm(user);
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveFocus());
  });

  test("while the request is being sent the button is disabled and says so, so it cannot be sent twice", async () => {
    const action = pendingAction<AppointmentField>();
    const { user } = setup(action);

    expect(sendButton()).toHaveTextContent("Send request");
    await fillValidForm(user);
    await user.click(sendButton());

    const button = await screen.findByRole("button", { name: "Sending your request…" });
    expect(button).toBeDisabled();

    await user.click(button);
    expect(action).toHaveBeenCalledTimes(1);
  });

  test("crisis guidance (988 and 911) sits next to the not-for-emergencies checkbox; the date of birth hint says adults only", () => {
    setup();

    const acknowledge = screen.getByRole("checkbox", { name: /not for emergencies/i });
    const lifeline = screen.getByRole("link", { name: "988" });
    const emergency = screen.getByRole("link", { name: "911" });
    expect(lifeline).toHaveAttribute("href", "tel:988");
    expect(emergency).toHaveAttribute("href", "tel:911");

    // The guidance paragraph and the checkbox share one box, and the guidance comes first.
    const guidance = lifeline.closest("p")!;
    expect(guidance).toContainElement(emergency);
    expect(guidance).toHaveTextContent(/not for emergencies/i);
    expect(guidance.parentElement).toContainElement(acknowledge);
    expect(guidance.compareDocumentPosition(acknowledge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(field(/date of birth/i)).toHaveAccessibleDescription(
      "We treat adults only: you must be 18 or older to request an appointment.",
    );
  });
});
