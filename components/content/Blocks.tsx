import type { Block } from "@/lib/content/types";
import { type Citations, RichText } from "./RichText";

export function Blocks({ blocks, citations }: { blocks: Block[]; citations: Citations }) {
  return blocks.map((block, i) => {
    if (typeof block === "string")
      return (
        <p key={i}>
          <RichText text={block} citations={citations} />
        </p>
      );
    if ("note" in block)
      return (
        <p key={i} className="rounded-md border-l-4 border-brand bg-mist p-4">
          <RichText text={block.note} citations={citations} />
        </p>
      );
    const items = "list" in block ? block.list : block.steps;
    const Tag = "list" in block ? "ul" : "ol";
    return (
      <Tag key={i} className={"list" in block ? "list-disc pl-6" : "list-decimal pl-6"}>
        {items.map((item) => (
          <li key={item}>
            <RichText text={item} citations={citations} />
          </li>
        ))}
      </Tag>
    );
  });
}
