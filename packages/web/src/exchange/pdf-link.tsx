import './exchange.css';

/** A PDF document download; `label` names the document in full for screen readers. */
export function PdfLink({
  href,
  text,
  label,
  testId,
}: {
  href: string;
  text: string;
  label?: string;
  testId?: string;
}) {
  return (
    <a className="download-link pdf-link" href={href} download aria-label={label} data-testid={testId}>
      {text}
    </a>
  );
}
