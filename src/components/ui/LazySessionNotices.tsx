// Most visits have nothing to report (no shared link, nothing ignored, storage
// fine), so the notices' code loads only when there is something to say.
import { useStore } from "./use-store";
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { ToolSession } from "~/stores/tool-session";

type NoticesComponent = ComponentType<{ session: ToolSession<unknown> }>;

export function LazySessionNotices<S>({ session }: { session: ToolSession<S> }) {
  const hasNews = useStore(session.$hasNews);
  const [Notices, setNotices] = useState<NoticesComponent | null>(null);
  useEffect(() => {
    if (hasNews && !Notices) {
      void import("./SessionNotices").then((m) =>
        setNotices(() => m.SessionNotices as NoticesComponent),
      );
    }
  }, [hasNews, Notices]);
  return Notices && hasNews ? (
    <Notices session={session as ToolSession<unknown>} />
  ) : null;
}
