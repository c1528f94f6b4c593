import type { MetadataRoute } from "next";
import { clinic } from "@/lib/clinic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/staff/", "/appointments/confirmed", "/verify-insurance/submitted"] },
    sitemap: `${clinic.url}/sitemap.xml`,
  };
}
