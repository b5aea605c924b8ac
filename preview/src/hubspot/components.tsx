/**
 * Preview stand-ins for the @hubspot/ui-extensions components the cards use, as plain accessible
 * HTML. They approximate HubSpot's look (hubspot.css); they are not HubSpot's own rendering.
 */
import { Children, createContext, useContext, useId, type ReactNode } from 'react';

type Props = { children?: ReactNode; testId?: string };
type Tone = 'default' | 'info' | 'success' | 'warning' | 'error' | 'danger' | 'tip';

function cx(...names: Array<string | false | undefined | null>): string {
  return names.filter(Boolean).join(' ');
}

function test(testId?: string) {
  return testId ? { 'data-testid': testId } : {};
}

// Headings inside a card sit one level below the card's own title (h4).
const HeadingLevel = createContext(5);

export function Text({
  children,
  format,
  variant,
  inline,
  testId,
}: Props & { format?: { fontWeight?: string; italic?: boolean; lineDecoration?: string }; variant?: string; inline?: boolean; truncate?: unknown }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag
      {...test(testId)}
      className={cx(
        'hs-text',
        variant === 'microcopy' && 'hs-microcopy',
        format?.fontWeight === 'bold' && 'hs-bold',
        format?.fontWeight === 'demibold' && 'hs-demibold',
        format?.italic && 'hs-italic',
        format?.lineDecoration === 'strikethrough' && 'hs-strike',
      )}
    >
      {children}
    </Tag>
  );
}

export function Heading({ children, inline, testId }: Props & { inline?: boolean }) {
  const level = useContext(HeadingLevel);
  const Tag = `h${Math.min(level, 6)}` as 'h5';
  return (
    <Tag {...test(testId)} className={cx('hs-heading', inline && 'hs-inline')}>
      {children}
    </Tag>
  );
}

const gaps: Record<string, string> = {
  flush: '0',
  'extra-small': '4px',
  xs: '4px',
  small: '8px',
  sm: '8px',
  medium: '16px',
  md: '16px',
  large: '24px',
  lg: '24px',
  'extra-large': '32px',
  xl: '32px',
};
const justify: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', around: 'space-around', between: 'space-between' };
const align: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };

export function Flex({
  children,
  direction = 'row',
  justify: j,
  align: a,
  alignSelf,
  wrap,
  gap = 'flush',
  testId,
}: Props & { direction?: 'row' | 'column'; justify?: string; align?: string; alignSelf?: string; wrap?: boolean | string; gap?: string }) {
  return (
    <div
      {...test(testId)}
      className="hs-flex"
      style={{
        display: 'flex',
        flexDirection: direction,
        justifyContent: j ? justify[j] : undefined,
        alignItems: a ? align[a] : undefined,
        alignSelf: alignSelf ? align[alignSelf] : undefined,
        flexWrap: wrap === true || wrap === 'wrap' ? 'wrap' : undefined,
        gap: gaps[gap] ?? '0',
      }}
    >
      {children}
    </div>
  );
}

export function Box({ children, flex, alignSelf, testId }: Props & { flex?: number | string; alignSelf?: string }) {
  const grow = flex === 'auto' ? '1 1 auto' : flex === 'none' ? 'none' : flex === 'initial' ? '0 1 auto' : flex;
  return (
    <div {...test(testId)} className="hs-box" style={{ flex: grow as string | number | undefined, alignSelf: alignSelf ? align[alignSelf] : undefined }}>
      {children}
    </div>
  );
}

export function Tag({ children, variant = 'default', onClick, testId }: Props & { variant?: Tone; onClick?: () => void; overlay?: unknown }) {
  if (onClick)
    return (
      <button type="button" {...test(testId)} className={cx('hs-tag', `hs-tone-${variant}`, 'hs-tag-button')} onClick={onClick}>
        {children}
      </button>
    );
  return (
    <span {...test(testId)} className={cx('hs-tag', `hs-tone-${variant}`)}>
      {children}
    </span>
  );
}

export function StatusTag({
  children,
  variant = 'default',
  testId,
}: Props & { variant?: Tone | 'neutral'; hollow?: boolean; onClick?: () => void; showRemoveIcon?: boolean }) {
  return (
    <span {...test(testId)} className={cx('hs-status-tag', `hs-tone-${variant}`)}>
      <span className="hs-status-dot" aria-hidden="true" />
      {children}
    </span>
  );
}

export function Alert({ children, title, variant = 'info', testId }: Props & { title?: ReactNode; variant?: Tone }) {
  const urgent = variant === 'error' || variant === 'danger';
  return (
    <div {...test(testId)} className={cx('hs-alert', `hs-tone-${variant}`)} role={urgent ? 'alert' : 'status'}>
      {title ? <p className="hs-alert-title">{title}</p> : null}
      <div className="hs-alert-body">{children}</div>
    </div>
  );
}

type ButtonProps = Props & {
  onClick?: (event?: unknown) => void;
  variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
  type?: 'button' | 'submit' | 'reset';
  disabled?: boolean;
  size?: string;
  href?: string | { url: string; external?: boolean };
  tooltip?: string;
};

export function Button({ children, onClick, variant = 'secondary', type = 'button', disabled, href, tooltip, testId }: ButtonProps) {
  const className = cx('hs-button', `hs-button-${variant}`);
  if (href) {
    const url = typeof href === 'string' ? href : href.url;
    return (
      <a {...test(testId)} className={className} href={url} target="_blank" rel="noreferrer" title={tooltip}>
        {children}
      </a>
    );
  }
  return (
    // eslint-disable-next-line react/button-has-type
    <button {...test(testId)} className={className} type={type} disabled={disabled} title={tooltip} onClick={onClick ? () => onClick() : undefined}>
      {children}
    </button>
  );
}

export function LoadingButton({ loading, children, ...rest }: ButtonProps & { loading?: boolean; resultIconName?: string }) {
  return (
    <Button {...rest} disabled={rest.disabled || loading}>
      {loading ? <span className="hs-spinner hs-spinner-inline" aria-hidden="true" /> : null}
      {children}
    </Button>
  );
}

export function ButtonRow({ children, testId }: Props & { disableDropdown?: boolean }) {
  return (
    <div {...test(testId)} className="hs-button-row">
      {children}
    </div>
  );
}

export function ProgressBar({
  value = 0,
  maxValue = 100,
  showPercentage,
  valueDescription,
  title,
  variant = 'success',
  testId,
}: Props & { value?: number; maxValue?: number; showPercentage?: boolean; valueDescription?: string; title?: string; variant?: string }) {
  const id = useId();
  const percent = maxValue > 0 ? Math.round((Math.max(0, Math.min(value, maxValue)) / maxValue) * 100) : 0;
  return (
    <div {...test(testId)} className="hs-progress">
      {title || showPercentage || valueDescription ? (
        <div className="hs-progress-labels">
          {title ? <span id={`${id}-title`}>{title}</span> : null}
          <span>{showPercentage ? `${percent}%` : valueDescription}</span>
        </div>
      ) : null}
      <div
        className={cx('hs-progress-track', `hs-tone-${variant}`)}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={maxValue}
        aria-valuenow={value}
        aria-valuetext={valueDescription ?? `${percent}%`}
        aria-labelledby={title ? `${id}-title` : undefined}
        aria-label={title ? undefined : (valueDescription ?? `${percent}%`)}
      >
        <div className="hs-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

export function Divider({ testId }: Props & { distance?: string }) {
  return <hr {...test(testId)} className="hs-divider" />;
}

export function List({ children, variant = 'unordered-styled', testId }: Props & { variant?: string }) {
  const ordered = variant.startsWith('ordered');
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag {...test(testId)} className={cx('hs-list', `hs-list-${variant}`)}>
      {Children.toArray(children).map((child, i) => (
        <li key={i}>{child}</li>
      ))}
    </Tag>
  );
}

export function DescriptionList({ children, direction = 'column', testId }: Props & { direction?: 'row' | 'column' }) {
  return (
    <dl {...test(testId)} className={cx('hs-description-list', `hs-dl-${direction}`)}>
      {children}
    </dl>
  );
}

export function DescriptionListItem({ children, label, testId }: Props & { label: ReactNode }) {
  return (
    <div {...test(testId)} className="hs-dl-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Statistics({ children, testId }: Props) {
  return (
    <div {...test(testId)} className="hs-statistics">
      {children}
    </div>
  );
}

export function StatisticsItem({ children, label, number, testId }: Props & { label: ReactNode; number: ReactNode; id?: string }) {
  return (
    <div {...test(testId)} className="hs-statistics-item">
      <p className="hs-statistics-label">{label}</p>
      <p className="hs-statistics-number">{number}</p>
      {children}
    </div>
  );
}

export function StatisticsTrend({ direction, value, testId }: Props & { direction: 'increase' | 'decrease'; value?: ReactNode; color?: string }) {
  return (
    <p {...test(testId)} className={cx('hs-trend', `hs-trend-${direction}`)}>
      <span aria-hidden="true">{direction === 'increase' ? '▲' : '▼'}</span> {value}
    </p>
  );
}

type FieldProps = {
  label: ReactNode;
  name?: string;
  value?: string;
  defaultValue?: string;
  required?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
  description?: ReactNode;
  placeholder?: string;
  tooltip?: string;
  error?: boolean;
  validationMessage?: ReactNode;
  onChange?: (value: string) => void;
  onInput?: (value: string) => void;
  onBlur?: (value: string) => void;
  onFocus?: (value: string) => void;
  testId?: string;
};

function Field({ id, label, required, description, error, validationMessage, children, testId }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div {...test(testId)} className={cx('hs-field', error && 'hs-field-error')}>
      <label htmlFor={id} className="hs-label">
        {label}
        {required ? <span className="hs-required"> (required)</span> : null}
      </label>
      {description ? (
        <p id={`${id}-description`} className="hs-text hs-microcopy">
          {description}
        </p>
      ) : null}
      {children}
      {error && validationMessage ? (
        <p id={`${id}-error`} className="hs-validation" role="alert">
          {validationMessage}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, props: FieldProps): string | undefined {
  const ids = [props.description ? `${id}-description` : '', props.error && props.validationMessage ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Input(props: FieldProps & { type?: 'text' | 'password' }) {
  const id = useId();
  return (
    <Field {...props} id={id}>
      <input
        id={id}
        className="hs-input"
        type={props.type ?? 'text'}
        name={props.name}
        value={props.value}
        defaultValue={props.defaultValue}
        required={props.required}
        readOnly={props.readOnly}
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => {
          props.onChange?.(e.target.value);
          props.onInput?.(e.target.value);
        }}
        onBlur={(e) => props.onBlur?.(e.target.value)}
        onFocus={(e) => props.onFocus?.(e.target.value)}
      />
    </Field>
  );
}

export function TextArea(props: FieldProps & { rows?: number; cols?: number; maxLength?: number; resize?: string }) {
  const id = useId();
  return (
    <Field {...props} id={id}>
      <textarea
        id={id}
        className="hs-input hs-textarea"
        name={props.name}
        value={props.value}
        defaultValue={props.defaultValue}
        rows={props.rows ?? 3}
        cols={props.cols}
        maxLength={props.maxLength}
        required={props.required}
        readOnly={props.readOnly}
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => {
          props.onChange?.(e.target.value);
          props.onInput?.(e.target.value);
        }}
        onBlur={(e) => props.onBlur?.(e.target.value)}
        onFocus={(e) => props.onFocus?.(e.target.value)}
      />
    </Field>
  );
}

export const Textarea = TextArea;

type Option = { label: string; value: string | number; description?: string };

export function Select(
  props: Omit<FieldProps, 'value' | 'onChange'> & {
    value?: string | number;
    options: Option[];
    onChange?: (value: string | number | undefined) => void;
    variant?: string;
  },
) {
  const id = useId();
  const { options = [] } = props;
  return (
    <Field {...(props as FieldProps)} id={id}>
      <select
        id={id}
        className="hs-input hs-select"
        name={props.name}
        value={props.value === undefined ? '' : String(props.value)}
        required={props.required}
        disabled={props.disabled || props.readOnly}
        aria-invalid={props.error || undefined}
        aria-describedby={describedBy(id, props as FieldProps)}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.target.value);
          props.onChange?.(chosen ? chosen.value : undefined);
        }}
      >
        <option value="">{props.placeholder ?? '—'}</option>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function NumberInput(
  props: Omit<FieldProps, 'value' | 'onChange'> & { value?: number; onChange?: (value: number) => void; min?: number; max?: number; precision?: number },
) {
  const id = useId();
  return (
    <Field {...(props as FieldProps)} id={id}>
      <input
        id={id}
        className="hs-input"
        type="number"
        name={props.name}
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        step={props.precision ? 1 / 10 ** props.precision : 1}
        required={props.required}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props as FieldProps)}
        onChange={(e) => props.onChange?.(e.target.valueAsNumber)}
      />
    </Field>
  );
}

type DateValue = { year: number; month: number; date: number };

export function DateInput(
  props: Omit<FieldProps, 'value' | 'onChange'> & { value?: DateValue | null; onChange?: (value: DateValue | null) => void; format?: string },
) {
  const id = useId();
  const v = props.value;
  const text = v ? `${v.year}-${String(v.month + 1).padStart(2, '0')}-${String(v.date).padStart(2, '0')}` : '';
  return (
    <Field {...(props as FieldProps)} id={id}>
      <input
        id={id}
        className="hs-input"
        type="date"
        name={props.name}
        value={text}
        required={props.required}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props as FieldProps)}
        onChange={(e) => {
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.target.value);
          props.onChange?.(m ? { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]) } : null);
        }}
      />
    </Field>
  );
}

type TimeValue = { hours: number; minutes: number };

export function TimeInput(
  props: Omit<FieldProps, 'value' | 'onChange'> & { value?: TimeValue | null; onChange?: (value: TimeValue) => void; interval?: number },
) {
  const id = useId();
  const v = props.value;
  const text = v ? `${String(v.hours).padStart(2, '0')}:${String(v.minutes).padStart(2, '0')}` : '';
  return (
    <Field {...(props as FieldProps)} id={id}>
      <input
        id={id}
        className="hs-input"
        type="time"
        name={props.name}
        value={text}
        required={props.required}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props as FieldProps)}
        onChange={(e) => {
          const m = /^(\d{2}):(\d{2})$/.exec(e.target.value);
          if (m) props.onChange?.({ hours: Number(m[1]), minutes: Number(m[2]) });
        }}
      />
    </Field>
  );
}

export function Checkbox({
  children,
  checked,
  onChange,
  name,
  value,
  readOnly,
  description,
  testId,
}: Props & {
  checked?: boolean;
  onChange?: (checked: boolean, value?: string) => void;
  name?: string;
  value?: string;
  readOnly?: boolean;
  description?: ReactNode;
  inline?: boolean;
  variant?: string;
}) {
  const id = useId();
  return (
    <div {...test(testId)} className="hs-check">
      <input id={id} type="checkbox" name={name} value={value} checked={checked} disabled={readOnly} onChange={(e) => onChange?.(e.target.checked, value)} />
      <label htmlFor={id}>{children}</label>
      {description ? <p className="hs-text hs-microcopy">{description}</p> : null}
    </div>
  );
}

export function RadioButton({
  children,
  checked,
  onChange,
  name,
  value,
  readOnly,
  description,
  testId,
}: Props & {
  checked?: boolean;
  onChange?: (checked: boolean, value?: string) => void;
  name?: string;
  value?: string;
  readOnly?: boolean;
  description?: ReactNode;
  inline?: boolean;
  variant?: string;
}) {
  const id = useId();
  return (
    <div {...test(testId)} className="hs-check">
      <input id={id} type="radio" name={name} value={value} checked={checked} disabled={readOnly} onChange={(e) => onChange?.(e.target.checked, value)} />
      <label htmlFor={id}>{children}</label>
      {description ? <p className="hs-text hs-microcopy">{description}</p> : null}
    </div>
  );
}

export function ToggleGroup({
  label,
  name,
  options = [],
  value,
  onChange,
  toggleType = 'radioButtonList',
  required,
  inline,
  error,
  validationMessage,
  testId,
}: {
  label: ReactNode;
  name?: string;
  options: Option[];
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  toggleType?: 'radioButtonList' | 'checkboxList';
  required?: boolean;
  inline?: boolean;
  error?: boolean;
  validationMessage?: ReactNode;
  testId?: string;
}) {
  const groupName = useId();
  const multiple = toggleType === 'checkboxList';
  const selected = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  return (
    <fieldset {...test(testId)} className={cx('hs-toggle-group', inline && 'hs-inline')}>
      <legend className="hs-label">
        {label}
        {required ? <span className="hs-required"> (required)</span> : null}
      </legend>
      {options.map((o) => {
        const id = `${groupName}-${String(o.value)}`;
        return (
          <div className="hs-check" key={String(o.value)}>
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={name ?? groupName}
              value={String(o.value)}
              checked={selected.includes(String(o.value))}
              onChange={(e) => {
                if (!multiple) return onChange?.(String(o.value));
                const next = e.target.checked ? [...selected, String(o.value)] : selected.filter((s) => s !== String(o.value));
                onChange?.(next);
              }}
            />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
      {error && validationMessage ? (
        <p className="hs-validation" role="alert">
          {validationMessage}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Toggle({
  label,
  checked,
  onChange,
  readonly,
  testId,
}: {
  label: string;
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  readonly?: boolean;
  testId?: string;
  size?: string;
  labelDisplay?: string;
}) {
  return (
    <button
      {...test(testId)}
      type="button"
      role="switch"
      aria-checked={!!checked}
      className="hs-toggle"
      disabled={readonly}
      onClick={() => onChange?.(!checked)}
    >
      {label}
    </button>
  );
}

export function Form({
  children,
  onSubmit,
  preventDefault,
  testId,
}: Props & { onSubmit?: (event: unknown) => void; preventDefault?: boolean; autoComplete?: string }) {
  return (
    <form
      {...test(testId)}
      className="hs-form"
      onSubmit={(e) => {
        // A card has no page to submit to: HubSpot hands the event to the card and stays put.
        e.preventDefault();
        void preventDefault;
        onSubmit?.({ targetValue: Object.fromEntries(new FormData(e.currentTarget).entries()) });
      }}
    >
      {children}
    </form>
  );
}

export function LoadingSpinner({ label, showLabel, testId }: Props & { label: string; showLabel?: boolean; size?: string; layout?: string }) {
  return (
    <div {...test(testId)} className="hs-loading" role="status">
      <span className="hs-spinner" aria-hidden="true" />
      <span className={showLabel ? undefined : 'hs-visually-hidden'}>{label}</span>
    </div>
  );
}

export function Link({
  children,
  href,
  onClick,
  testId,
}: Props & { href?: string | { url: string; external?: boolean }; onClick?: () => void; variant?: string; external?: boolean; preventDefault?: boolean }) {
  const url = typeof href === 'string' ? href : href?.url;
  if (!url)
    return (
      <button {...test(testId)} type="button" className="hs-link" onClick={onClick}>
        {children}
      </button>
    );
  return (
    <a {...test(testId)} className="hs-link" href={url} target="_blank" rel="noreferrer" onClick={onClick}>
      {children}
    </a>
  );
}

export function Tile({ children, compact, flush, testId }: Props & { compact?: boolean; flush?: boolean }) {
  return (
    <div {...test(testId)} className={cx('hs-tile', compact && 'hs-compact', flush && 'hs-flush')}>
      {children}
    </div>
  );
}

export function Table({
  children,
  bordered = true,
  testId,
}: Props & { bordered?: boolean; flush?: boolean; paginated?: boolean; pageCount?: number; onPageChange?: unknown }) {
  return (
    <table {...test(testId)} className={cx('hs-table', bordered && 'hs-bordered')}>
      {children}
    </table>
  );
}
export const TableHead = ({ children }: Props) => <thead>{children}</thead>;
export const TableBody = ({ children }: Props) => <tbody>{children}</tbody>;
export const TableFooter = ({ children }: Props) => <tfoot>{children}</tfoot>;
export const TableRow = ({ children }: Props) => <tr>{children}</tr>;
export const TableHeader = ({
  children,
  width,
  align: a,
}: Props & { width?: string | number; align?: 'left' | 'center' | 'right'; sortDirection?: string; onSortChange?: unknown }) => (
  <th scope="col" style={{ width, textAlign: a }}>
    {children}
  </th>
);
export const TableCell = ({ children, width, align: a }: Props & { width?: string | number; align?: 'left' | 'center' | 'right' }) => (
  <td style={{ width, textAlign: a }}>{children}</td>
);

export function EmptyState({
  children,
  title,
  testId,
}: Props & { title?: ReactNode; layout?: string; reverseOrder?: boolean; imageWidth?: number; flush?: boolean }) {
  return (
    <div {...test(testId)} className="hs-empty-state">
      {title ? <p className="hs-empty-title">{title}</p> : null}
      {children}
    </div>
  );
}

export function ErrorState({ children, title, testId }: Props & { title?: ReactNode; type?: string }) {
  return (
    <div {...test(testId)} className="hs-error-state" role="alert">
      {title ? <p className="hs-empty-title">{title}</p> : null}
      {children}
    </div>
  );
}

export function Accordion({
  children,
  title,
  defaultOpen,
  open,
  testId,
}: Props & { title: ReactNode; defaultOpen?: boolean; open?: boolean; onClick?: () => void; size?: string; disabled?: boolean }) {
  return (
    <details {...test(testId)} className="hs-accordion" open={open ?? defaultOpen}>
      <summary>{title}</summary>
      <div className="hs-accordion-body">{children}</div>
    </details>
  );
}

export function Icon({ name, screenReaderText, testId }: { name: string; screenReaderText?: string; size?: string; color?: string; testId?: string }) {
  const glyphs: Record<string, string> = { success: '✓', warning: '!', error: '✕', info: 'i', upCarat: '▲', downCarat: '▼', add: '+', remove: '−' };
  return (
    <span
      {...test(testId)}
      className="hs-icon"
      aria-hidden={screenReaderText ? undefined : true}
      role={screenReaderText ? 'img' : undefined}
      aria-label={screenReaderText}
    >
      {glyphs[name] ?? '•'}
    </span>
  );
}

export function Image({
  src,
  alt,
  width,
  height,
  testId,
}: {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  testId?: string;
  href?: unknown;
  onClick?: unknown;
}) {
  return <img {...test(testId)} src={src} alt={alt} width={width} height={height} />;
}

export function Tooltip({ children }: Props & { placement?: string }) {
  return <span className="hs-visually-hidden">{children}</span>;
}

export function ScoreCircle({ score, testId }: { score: number; testId?: string }) {
  return (
    <span {...test(testId)} className="hs-score-circle">
      {score}
    </span>
  );
}

export function Card({ children, testId }: Props) {
  return (
    <div {...test(testId)} className="hs-tile">
      {children}
    </div>
  );
}

export const Inline = ({ children, gap = 'small' }: Props & { gap?: string; justify?: string; align?: string }) => (
  <Flex direction="row" gap={gap} wrap>
    {children}
  </Flex>
);
export const Stack = ({ children, gap = 'small' }: Props & { gap?: string; direction?: string }) => (
  <Flex direction="column" gap={gap}>
    {children}
  </Flex>
);
export const AutoGrid = ({ children, gap = 'small' }: Props & { gap?: string; columnWidth?: number; flexible?: boolean }) => (
  <Flex direction="row" gap={gap} wrap>
    {children}
  </Flex>
);
export const Spacer = () => <div className="hs-spacer" />;
