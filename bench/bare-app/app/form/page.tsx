import { ContactForm } from "./contact-form";

export default function FormPage() {
  return (
    <main>
      <h1>Bare form</h1>
      <ContactForm />
    </main>
  );
}
