import type { MetadataRoute } from "next";
import { clinic } from "@/lib/clinic";
import { publicPaths } from "@/lib/content/navigation";

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPaths().map((path) => ({ url: `${clinic.url}${path}` }));
}
