// The developer page: how to sign in at a window terminal of the seed hall (demo credentials only;
// platform/seed/staff-credentials.ts and platform/seed/README.md).
export function StaffDemoView() {
  return (
    <section data-testid="dev-staff-demo">
      <h2>Window staff sign-in (seed hall, demo)</h2>
      <p>
        PIN: the staff number&apos;s four digits followed by 88 (LX2001 → 200188). Staff cards (insert on the counter&apos;s reader): maJianguo → LX2001, weiXiuying →
        LX2002, baoBateer → LX2101. Five wrong PINs lock a staff number for 15 minutes.
      </p>
    </section>
  );
}
