/**
 * The insurance verification form as a person uses it in the browser (JavaScript on): which
 * questions show for which answers, what happens when they send it empty, choose self-pay,
 * attach photos of their card, get an answer back from the server, or wait for it.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pendingAction, settlePendingActionsAfterEach } from "@/tests/helpers/pending-action";
import { InsuranceForm } from "@/components/forms/InsuranceForm";
import type { FormState } from "@/lib/forms/form-state";
import type { InsuranceField } from "@/lib/validation/insurance";
import { clinic } from "@/lib/clinic";

type State = FormState<InsuranceField>;
type Action = (state: State, formData: FormData) => Promise<State>;
type User = ReturnType<typeof userEvent.setup>;

const IDEMPOTENCY_KEY = "9c4e1a2b-5f6d-4b7a-8e3c-1d2f3a4b5c6d";

// jsdom's Blob has no arrayBuffer(), which browsers and Node have; the card schema (rightly)
// only takes a value with one as a file. Read the bytes the way browsers did before it existed.
if (typeof Blob.prototype.arrayBuffer !== "function") {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

settlePendingActionsAfterEach();

function setup(action: Action = pendingAction<InsuranceField>(), options: Parameters<typeof userEvent.setup>[0] = {}) {
  const user = userEvent.setup(options);
  render(<InsuranceForm action={action} idempotencyKey={IDEMPOTENCY_KEY} />);
  return { user, action };
}

const sendButton = () => screen.getByRole("button", { name: /send for verification|sending…/i });
const field = (label: RegExp | string) => screen.getByLabelText(label);
const queryField = (label: RegExp | string) => screen.queryByLabelText(label);
const group = (legend: RegExp | string) => screen.getByRole("group", { name: legend });
const queryGroup = (legend: RegExp | string) => screen.queryByRole("group", { name: legend });
const summaryLinks = (alert: HTMLElement) => within(alert).queryAllByRole("link").map((a) => [a.getAttribute("href"), a.textContent]);

const COVERAGE = /how are you covered/i;
const TREATMENT = /which treatment would you like us to check/i;
const HOLDER = "Who holds this plan?";
const SECOND_PLAN = /do you have a second insurance plan/i;
const SELF_PAY = "No insurance, or I will pay for myself (self-pay)";
const EMPLOYER = "Through an employer or a plan I bought (commercial)";
const SIZE_ERROR = "This file is 11 MB; each file can be up to 10 MB. Take the photo at a lower resolution or choose a smaller file.";

/** The first plan's questions (labels and legends), the second-plan question and consent. */
const insuranceFields = [/^insurance company$/i, /^member id$/i, /^group number/i, /^front of the card/i, /^back of the card/i];
const insuranceGroups = [/^plan type$/i, /^who holds this plan\?$/i, SECOND_PLAN];
const consentBox = () => screen.queryByRole("checkbox", { name: /may contact my insurance company/i });
const frontOfCard = () => field(/^front of the card \(optional\)$/i) as HTMLInputElement;
const policyholderFields = () => [queryField(/^policyholder's full name$/i), queryField(/^policyholder's date of birth$/i)];

const choose = async (user: User, legend: RegExp | string, option: string) =>
  user.click(within(group(legend)).getByRole("radio", { name: option }));

/** The answers about the patient, the treatment and the coverage, the way a person gives them. */
async function fillPatient(user: User, coverage: string) {
  await user.type(field("First name"), "Ana María");
  await user.type(field("Last name"), "O’Neil-Smith");
  await user.type(field("Date of birth"), "1985-04-12");
  await user.type(field(/phone number/i), "541-555-0199");
  await user.type(field("Email address"), "Ana@Example.test");
  await choose(user, TREATMENT, "Esketamine nasal spray (Spravato®)");
  await choose(user, COVERAGE, coverage);
}

/** Every required answer for one commercial plan held by the patient, and consent. */
async function fillInsured(user: User) {
  await fillPatient(user, EMPLOYER);
  await user.selectOptions(field("Insurance company"), "Aetna");
  await choose(user, "Plan type", "PPO");
  await user.type(field("Member ID"), "W123456789");
  await choose(user, HOLDER, "I am the policyholder");
  await choose(user, SECOND_PLAN, "No");
  await user.click(consentBox()!);
}

const cardFile = (name: string, type: string, bytes = "card") => new File([bytes], name, { type });

/** A file whose size reads as `bytes` without allocating them. */
function largeFile(name: string, type: string, bytes: number): File {
  const file = cardFile(name, type);
  Object.defineProperty(file, "size", { value: bytes });
  return file;
}

/**
 * Chooses a file the way a person does. user-event can only fake the input's `files` property,
 * which jsdom's own `new FormData(form)` does not read (a browser's does), so the file also goes
 * into jsdom's internal list for the input: the action then receives it as it would in a browser.
 */
async function upload(user: User, input: HTMLInputElement, file: File) {
  await user.upload(input, file);
  const implOf = (wrapper: object) => {
    const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === "impl");
    if (!symbol) throw new Error("jsdom internals changed: no impl symbol");
    return (wrapper as Record<symbol, unknown>)[symbol];
  };
  const list = (implOf(input) as { files: unknown[] }).files;
  list.length = 0;
  if (input.files?.[0] === file) list.push(implOf(file));
}

describe("InsuranceForm: which questions show", () => {
  test("at first the patient, treatment and coverage questions show, with no self-pay information and no notes meant for a page without JavaScript", () => {
    setup();

    for (const label of ["First name", "Last name", "Date of birth", /phone number/i, "Email address"]) {
      expect(field(label)).toBeInTheDocument();
    }
    expect(group(TREATMENT)).toBeInTheDocument();
    const coverages = within(group(COVERAGE)).getAllByRole("radio");
    expect(coverages).toHaveLength(8);
    for (const radio of coverages) expect(radio).not.toBeChecked();

    expect(screen.queryByText(clinic.insurance.selfPay.summary)).not.toBeInTheDocument();
    expect(screen.queryByText(/skip this part if you chose self-pay/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/only if you/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/you chose a file here before/i)).not.toBeInTheDocument();
    expect(sendButton()).toHaveTextContent("Send for verification");
    expect(sendButton()).toBeEnabled();
  });

  // react-hook-form gives null, not undefined, for a radio group with nothing chosen.
  test("until a coverage is chosen no insurance question shows", () => {
    setup();

    expect(screen.queryByRole("heading", { name: "Your insurance" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "A second insurance plan" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Your permission" })).not.toBeInTheDocument();
    for (const label of insuranceFields) expect(queryField(label)).not.toBeInTheDocument();
    for (const legend of insuranceGroups) expect(queryGroup(legend)).not.toBeInTheDocument();
    expect(consentBox()).not.toBeInTheDocument();
  });

  test("choosing self-pay shows what paying for yourself means and no insurance questions; an insurance coverage brings them back", async () => {
    const { user } = setup();

    await choose(user, COVERAGE, SELF_PAY);

    const information = screen.getByRole("heading", { name: "Paying for yourself" }).parentElement!;
    expect(information).toHaveTextContent(clinic.insurance.selfPay.summary);
    for (const point of clinic.insurance.selfPay.points) expect(within(information).getByText(point)).toBeInTheDocument();
    expect(information).toHaveTextContent("There is nothing more to fill in: send the form and we will contact you.");
    expect(within(information).getByRole("link", { name: "insurance and cost page" })).toHaveAttribute("href", "/insurance-and-cost#self-pay-prices");
    expect(screen.queryByRole("heading", { name: "Your insurance" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Your permission" })).not.toBeInTheDocument();
    for (const label of insuranceFields) expect(queryField(label)).not.toBeInTheDocument();
    for (const legend of insuranceGroups) expect(queryGroup(legend)).not.toBeInTheDocument();
    expect(consentBox()).not.toBeInTheDocument();

    await choose(user, COVERAGE, "Medicare Advantage");

    expect(screen.queryByRole("heading", { name: "Paying for yourself" })).not.toBeInTheDocument();
    expect(screen.queryByText(clinic.insurance.selfPay.summary)).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Your insurance" })).toBeInTheDocument();
    for (const label of insuranceFields) expect(field(label)).toBeInTheDocument();
    for (const legend of insuranceGroups) expect(group(legend)).toBeInTheDocument();
    expect(consentBox()).toBeInTheDocument();
    // Questions that depend on later answers still wait for them.
    expect(queryField(/name of the insurance company/i)).not.toBeInTheDocument();
    expect(queryField(/\(second plan\)/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/skip this part/i)).not.toBeInTheDocument();

    await choose(user, COVERAGE, SELF_PAY);
    expect(screen.getByRole("heading", { name: "Paying for yourself" })).toBeInTheDocument();
    expect(queryField(/^member id$/i)).not.toBeInTheDocument();
  });

  test("someone else holding the plan asks for the policyholder's name and date of birth; “I am the policyholder” does not", async () => {
    const { user } = setup();
    await choose(user, COVERAGE, EMPLOYER);

    await choose(user, HOLDER, "I am the policyholder");
    for (const input of policyholderFields()) expect(input).not.toBeInTheDocument();

    await choose(user, HOLDER, "My spouse or partner");
    const [name, birth] = policyholderFields();
    expect(name).toBeInTheDocument();
    expect(name).not.toHaveAttribute("type"); // a text input
    expect(birth).toHaveAttribute("type", "date");
    // No note about when to skip them: they only show when they apply.
    expect(name).not.toHaveAccessibleDescription();
    expect(birth).not.toHaveAccessibleDescription();

    await choose(user, HOLDER, "Someone else");
    for (const input of policyholderFields()) expect(input).toBeInTheDocument();

    await choose(user, HOLDER, "I am the policyholder");
    for (const input of policyholderFields()) expect(input).not.toBeInTheDocument();
  });

  test("the policyholder's questions wait for an answer to “Who holds this plan?”", async () => {
    const { user } = setup();
    await choose(user, COVERAGE, EMPLOYER);

    for (const input of policyholderFields()) expect(input).not.toBeInTheDocument();
  });

  test("“Yes” to a second plan asks the same questions about it, each label ending in “(second plan)”", async () => {
    const { user } = setup();
    await choose(user, COVERAGE, "Original Medicare");
    expect(queryField(/\(second plan\)/i)).not.toBeInTheDocument();

    await choose(user, SECOND_PLAN, "Yes");

    expect(screen.getByRole("heading", { name: "Your second insurance plan" })).toBeInTheDocument();
    expect(field("Insurance company (second plan)")).toBeInstanceOf(HTMLSelectElement);
    expect(field("Member ID (second plan)")).toBeInTheDocument();
    expect(field("Group number (second plan) (optional)")).toBeInTheDocument();
    expect(field("Front of the card (second plan) (optional)")).toHaveAttribute("type", "file");
    expect(field("Back of the card (second plan) (optional)")).toHaveAttribute("type", "file");
    expect(group("Plan type (second plan)")).toBeInTheDocument();
    expect(group("Who holds this plan (second plan)?")).toBeInTheDocument();
    // Their ids (the summary's link targets) carry the "secondary" prefix.
    expect(field("Member ID (second plan)")).toHaveAttribute("id", "secondaryMemberId");

    // The second plan's follow-up questions depend on its own answers.
    await user.selectOptions(field("Insurance company (second plan)"), "Other (not listed)");
    expect(field("Name of the insurance company (second plan)")).toBeInTheDocument();
    expect(queryField(/^name of the insurance company$/i)).not.toBeInTheDocument();
    await choose(user, "Who holds this plan (second plan)?", "My parent");
    expect(field("Policyholder's full name (second plan)")).toBeInTheDocument();
    expect(field("Policyholder's date of birth (second plan)")).toBeInTheDocument();

    await choose(user, SECOND_PLAN, "No");
    expect(screen.queryByRole("heading", { name: "Your second insurance plan" })).not.toBeInTheDocument();
    expect(queryField(/\(second plan\)/i)).not.toBeInTheDocument();
  });

  test("choosing “Other (not listed)” as the insurance company asks for its name", async () => {
    const { user } = setup();
    await choose(user, COVERAGE, EMPLOYER);

    await user.selectOptions(field("Insurance company"), "Aetna");
    expect(queryField(/name of the insurance company/i)).not.toBeInTheDocument();

    await user.selectOptions(field("Insurance company"), "Other (not listed)");
    expect(field("Name of the insurance company")).toBeInTheDocument();
    expect(field("Name of the insurance company")).not.toHaveAccessibleDescription();

    await user.selectOptions(field("Insurance company"), "Choose the insurance company");
    expect(queryField(/name of the insurance company/i)).not.toBeInTheDocument();
  });
});

describe("InsuranceForm: sending", () => {
  /** The patient's questions, in page order, with their messages when left empty. */
  const patientErrors: [string, string][] = [
    ["firstName", "Enter your first name."],
    ["lastName", "Enter your last name."],
    ["dateOfBirth", "Enter your date of birth."],
    ["phone", "Enter a phone number."],
    ["email", "Enter an email address."],
    ["treatment", "Choose a treatment, or “Not sure yet”."],
    ["coverageType", "Choose how you are covered, or self-pay."],
  ];
  const asLinks = (errors: [string, string][]) => errors.map(([id, message]) => [`#${id}`, message]);

  test("sending the empty form does not call the action; it lists the problems, marks each field and focuses the first", async () => {
    const { user, action } = setup();

    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).not.toHaveBeenCalled();
    expect(within(alert).getByRole("heading")).toHaveTextContent(/^Please correct the \d+ highlighted fields and send the form again\.$/);
    // Every problem is listed, in page order, as a link to its field.
    const links = summaryLinks(alert);
    expect(links.slice(0, patientErrors.length)).toEqual(asLinks(patientErrors));
    for (const [href] of links) expect(document.getElementById(href!.slice(1))).toBeInTheDocument();

    const textFields: [HTMLElement, string][] = [
      [field("First name"), "Enter your first name."],
      [field("Last name"), "Enter your last name."],
      [field("Date of birth"), "Enter your date of birth."],
      [field(/phone number/i), "Enter a phone number."],
      [field("Email address"), "Enter an email address."],
    ];
    for (const [input, message] of textFields) {
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input).toBeInvalid();
      expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    }
    const groups: [RegExp, string][] = [
      [TREATMENT, "Choose a treatment, or “Not sure yet”."],
      [COVERAGE, "Choose how you are covered, or self-pay."],
    ];
    for (const [legend, message] of groups) {
      const fieldset = group(legend);
      for (const option of fieldset.querySelectorAll("input")) expect(option).toHaveAttribute("aria-invalid", "true");
      expect(fieldset).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    }

    expect(field("First name")).toHaveFocus();
  });

  test("sending the empty form lists only the patient's questions: no coverage is chosen, so no insurance question applies", async () => {
    const { user } = setup();

    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(summaryLinks(alert)).toEqual(asLinks(patientErrors));
    expect(within(alert).getByRole("heading")).toHaveTextContent(`Please correct the ${patientErrors.length} highlighted fields`);
  });

  test("with an insurance coverage, the unanswered plan questions, the second-plan question and consent are listed too", async () => {
    const { user, action } = setup();

    await fillPatient(user, EMPLOYER);
    await choose(user, HOLDER, "I am the policyholder");
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).not.toHaveBeenCalled();
    const expected: [string, string][] = [
      ["carrier", "Choose the insurance company of your plan, or “Other”."],
      ["planType", "Choose the plan type, or “Not sure”."],
      ["memberId", "Enter the member ID shown on the card."],
      ["hasSecondary", "Tell us whether you have a second insurance plan."],
      ["consentToVerify", "Please agree that we may contact your insurer to check your benefits."],
    ];
    expect(summaryLinks(alert)).toEqual(asLinks(expected));
    expect(within(alert).getByRole("heading")).toHaveTextContent("Please correct the 5 highlighted fields");
    expect(field("Insurance company")).toHaveAttribute("aria-invalid", "true");
    expect(field("Insurance company")).toHaveAccessibleDescription("Error: Choose the insurance company of your plan, or “Other”.");
    expect(consentBox()).toHaveAttribute("aria-invalid", "true");
    expect(consentBox()).toHaveAccessibleDescription("Error: Please agree that we may contact your insurer to check your benefits.");
    // Optional questions are not flagged.
    expect(field("Group number (optional)")).not.toHaveAttribute("aria-invalid");
    expect(frontOfCard()).not.toHaveAttribute("aria-invalid");

    expect(field("Insurance company")).toHaveFocus();
  });

  // react-hook-form validates only the changed field again unless the form asks for more.
  test("switching to self-pay after a failed attempt drops the errors of the insurance questions it hides", async () => {
    const { user } = setup();
    await fillPatient(user, EMPLOYER);
    await choose(user, HOLDER, "I am the policyholder");
    await user.click(sendButton());
    await screen.findByRole("alert");

    await choose(user, COVERAGE, SELF_PAY);

    const alert = screen.queryByRole("alert");
    // Either no summary, or one whose every link leads to a question on the page.
    for (const [href] of alert ? summaryLinks(alert) : []) expect(document.getElementById(href!.slice(1))).toBeInTheDocument();
    expect(alert).not.toBeInTheDocument();
  });

  test("a self-pay request calls the action once with the patient's answers and nothing about insurance", async () => {
    const action = pendingAction<InsuranceField>();
    const { user } = setup(action);

    await fillPatient(user, SELF_PAY);
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
    expect(data.get("treatment")).toBe("esketamine");
    expect(data.get("coverageType")).toBe("self-pay");
    expect(data.get("idempotencyKey")).toBe(IDEMPOTENCY_KEY);
    expect(data.get("website")).toBe("");
    // The insurance questions are not on the page, so nothing of them is sent, no file either.
    expect([...data.keys()].sort()).toEqual(
      ["coverageType", "dateOfBirth", "email", "firstName", "idempotencyKey", "lastName", "phone", "treatment", "website"].sort(),
    );
    expect([...data.values()].some((value) => value instanceof File)).toBe(false);
  });

  test("a photo chosen for “Front of the card” is sent to the action with the plan's answers", async () => {
    const action = pendingAction<InsuranceField>();
    const { user } = setup(action);
    const photo = cardFile("card-front.jpg", "image/jpeg", "\xff\xd8\xff\xe0 a small photo");

    await fillInsured(user);
    await upload(user, frontOfCard(), photo);
    await user.click(sendButton());

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    const [, data] = action.mock.calls[0]!;
    expect(data.get("cardFront")).toBe(photo);
    expect(data.getAll("cardFront")).toHaveLength(1);
    expect(data.get("coverageType")).toBe("employer");
    expect(data.get("carrier")).toBe("aetna");
    expect(data.get("planType")).toBe("ppo");
    expect(data.get("memberId")).toBe("W123456789");
    expect(data.get("groupNumber")).toBe("");
    expect(data.get("relationship")).toBe("self");
    expect(data.get("hasSecondary")).toBe("no");
    expect(data.get("consentToVerify")).toBe("on");
    expect(data.get("idempotencyKey")).toBe(IDEMPOTENCY_KEY);
    // Questions that do not apply are not on the page.
    for (const name of ["carrierOther", "policyholderName", "policyholderDateOfBirth", "secondaryCarrier", "secondaryCardFront"]) {
      expect(data.has(name)).toBe(false);
    }
  });

  test("a file larger than 10 MB shows the size error beside the field and nothing is sent", async () => {
    const { user, action } = setup();

    await fillInsured(user);
    await upload(user, frontOfCard(), largeFile("card-front.jpg", "image/jpeg", 11 * 1024 * 1024));
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).not.toHaveBeenCalled();
    expect(summaryLinks(alert)).toEqual([["#cardFront", SIZE_ERROR]]);
    const front = frontOfCard();
    expect(front).toHaveAttribute("aria-invalid", "true");
    expect(front).toHaveAccessibleDescription(expect.stringContaining(`Error: ${SIZE_ERROR}`));
    expect(front).toHaveFocus();

    // A smaller photo fixes it.
    await upload(user, front, cardFile("card-front.png", "image/png"));
    await waitFor(() => expect(front).not.toHaveAttribute("aria-invalid"));
    await user.click(sendButton());
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });

  test("a GIF shows the format error and nothing is sent", async () => {
    // userEvent drops a file the input's accept list excludes; a person can still pick one
    // (e.g. with "All files" in the file dialog).
    const { user, action } = setup(pendingAction<InsuranceField>(), { applyAccept: false });

    await fillInsured(user);
    await upload(user, frontOfCard(), cardFile("card-front.gif", "image/gif", "GIF89a"));
    await user.click(sendButton());

    const message = "Choose a photo or scan in JPEG, PNG, HEIC or PDF format.";
    const alert = await screen.findByRole("alert");
    expect(action).not.toHaveBeenCalled();
    expect(summaryLinks(alert)).toEqual([["#cardFront", message]]);
    expect(frontOfCard()).toHaveAttribute("aria-invalid", "true");
    expect(frontOfCard()).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
  });

  // A file input cannot show a file again, so the file must not be remembered either.
  test("a file that was too large no longer blocks sending once the coverage was switched away and back (its input is empty)", async () => {
    const { user, action } = setup();
    await fillInsured(user);
    await upload(user, frontOfCard(), largeFile("card-front.jpg", "image/jpeg", 11 * 1024 * 1024));

    await choose(user, COVERAGE, SELF_PAY);
    await choose(user, COVERAGE, EMPLOYER);
    expect(frontOfCard().files).toHaveLength(0);
    await user.click(sendButton());

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(SIZE_ERROR)).not.toBeInTheDocument();
  });

  test("a file error from the server shows beside the card field and in the summary, without asking to choose the file again", async () => {
    const message = "This file is named as a JPEG file but contains a PDF document. Please choose the original file.";
    const action = jest.fn<Promise<State>, [State, FormData]>(async () => ({
      status: "error",
      message: "We could not check your request. Please check the highlighted field.",
      fieldErrors: { cardFront: message },
      values: { firstName: "Ana María", coverageType: "employer", carrier: "aetna", memberId: "W123456789" },
      filesNotKept: ["cardFront"],
    }));
    const { user } = setup(action);
    const photo = cardFile("card-front.jpg", "image/jpeg", "%PDF-1.7");

    await fillInsured(user);
    await upload(user, frontOfCard(), photo);
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).toHaveBeenCalledTimes(1);
    expect(action.mock.calls[0]![1].get("cardFront")).toBe(photo);
    expect(within(alert).getByRole("heading")).toHaveTextContent("Please correct the highlighted field and send the form again.");
    expect(summaryLinks(alert)).toEqual([["#cardFront", message]]);

    const front = frontOfCard();
    expect(front).toHaveAttribute("aria-invalid", "true");
    expect(front).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    await waitFor(() => expect(front).toHaveFocus());
    // With JavaScript the form is not reset: the answers and the chosen file are still there, so
    // there is nothing to choose again.
    expect(front).not.toHaveAccessibleDescription(expect.stringContaining("choose it again"));
    expect(screen.queryByText(/choose it again/i)).not.toBeInTheDocument();
    expect(front.files?.[0]).toBe(photo);
    expect(field("First name")).toHaveValue("Ana María");
    expect(field("Member ID")).toHaveValue("W123456789");
    expect(within(group(COVERAGE)).getByRole("radio", { name: EMPLOYER })).toBeChecked();
    expect(sendButton()).toBeEnabled();

    // Choosing another file clears the server's error.
    await upload(user, front, cardFile("card-front.pdf", "application/pdf", "%PDF-1.7"));
    await waitFor(() => expect(front).not.toHaveAttribute("aria-invalid"));
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  const databaseFailure = () =>
    jest.fn<Promise<State>, [State, FormData]>(async () => ({
      status: "error",
      message: "Something went wrong on our side and your request was not saved. Please try again or call us.",
      fieldErrors: {},
      values: {},
    }));

  test("a server error without field errors is shown in the summary, which receives focus", async () => {
    const action = databaseFailure();
    const { user } = setup(action);

    await fillPatient(user, SELF_PAY);
    await user.click(sendButton());

    const alert = await screen.findByRole("alert");
    expect(action).toHaveBeenCalledTimes(1);
    expect(alert).toHaveTextContent("Something went wrong on our side and your request was not saved.");
    expect(within(alert).queryAllByRole("link")).toHaveLength(0);
    await waitFor(() => expect(alert).toHaveFocus());
    expect(sendButton()).toBeEnabled();
  });

  test("while the request is being sent the button is disabled and says so, so it cannot be sent twice", async () => {
    const action = pendingAction<InsuranceField>();
    const { user } = setup(action);

    expect(sendButton()).toHaveTextContent("Send for verification");
    await fillPatient(user, SELF_PAY);
    await user.click(sendButton());

    const button = await screen.findByRole("button", { name: "Sending…" });
    expect(button).toBeDisabled();

    await user.click(button);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
