import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getPersonalData } from "@/lib/users/personal-data-queries";

type Context = { params: Promise<{ userId: string }> };

/** One person's data as a JSON download, for an admin (GDPR art. 15). */
export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { userId } = await params;
  try {
    const data = await getPersonalData(user, userId);
    if (!data) return new Response("Not found.", { status: 404 });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="personal-data-${userId}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}
