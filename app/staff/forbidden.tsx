import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">This page is for admins</h1>
      <p className="mt-4">Your account cannot open this page. If you need it, ask an admin.</p>
      <p className="mt-4">
        <Link href="/staff">Back to requests</Link>
      </p>
    </div>
  );
}
