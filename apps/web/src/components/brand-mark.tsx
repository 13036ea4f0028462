/** The Pathwise mark: a path between two points. Decorative; the link around it carries the name. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#0f6f80" />
      <path d="M8 23c4-1 5-6 8-9s6-3 8-5" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <circle cx="8" cy="23" r="2.5" fill="#fff" />
      <circle cx="24" cy="9" r="2.5" fill="#fff" />
    </svg>
  );
}
