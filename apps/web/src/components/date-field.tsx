// The one date field of the SPA (docs/decisions/110). It shows and accepts dates as
// DD/MM/YYYY whatever the browser's language, because the value a council decision carries
// must never depend on whether the browser reads 03/11 as March or November; under the field
// the date is spelled out in the UI language ("30 Νοεμβρίου 2026") so a reader can check it.
// A date can be typed, or picked from a calendar loaded on first use (its own chunk). The
// value given to forms is ISO 'YYYY-MM-DD', or null when the field is empty or not a date.

import { athensToday } from "@cni/domain/dates";
import type { TextInputProps } from "@mantine/core";
import { ActionIcon, CloseButton, Group, Loader, Popover, TextInput } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import {
  type ComponentProps,
  lazy,
  type Ref,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";
import { parseTypedDate, toTypedDate } from "@/lib/typed-date";

const loadPanel = () => import("./date-picker-panel");
const DatePickerPanel = lazy(loadPanel);

export type DateFieldProps = Omit<
  TextInputProps,
  "value" | "onChange" | "type" | "min" | "max" | "defaultValue"
> & {
  /** 'YYYY-MM-DD', or empty. */
  value: string | null | undefined;
  /** The ISO date, or null when empty or not a date; `text` is what is typed. */
  onChange: (value: string | null, text: string) => void;
  /** The earliest and latest days the calendar offers ('YYYY-MM-DD'). */
  min?: string;
  max?: string;
  clearable?: boolean;
  /** Spell the date out under the field (default); filter bars aligned in a row turn it off. */
  spellOut?: boolean;
  ref?: Ref<HTMLInputElement>;
};

function clamp(day: string, min?: string, max?: string): string {
  if (min && day < min) return min;
  if (max && day > max) return max;
  return day;
}

/**
 * The calendar opens on today's month in Athens, read only when it is shown: the first
 * reading builds a time-zone formatter, tens of ms that a page's first render need not pay.
 */
function Calendar({
  min,
  max,
  ...props
}: Omit<ComponentProps<typeof DatePickerPanel>, "initialMonth">) {
  return (
    <DatePickerPanel {...props} min={min} max={max} initialMonth={clamp(athensToday(), min, max)} />
  );
}

export function DateField({
  value,
  onChange,
  onBlur,
  min,
  max,
  clearable,
  spellOut = true,
  label,
  description,
  error,
  disabled,
  readOnly,
  inputWrapperOrder = ["label", "input", "description", "error"],
  ...props
}: DateFieldProps) {
  const { t, i18n } = useTranslation("common");
  const iso = value || null;
  const [text, setText] = useState(iso ? toTypedDate(iso) : "");
  const [checked, setChecked] = useState(false);
  const [opened, setOpened] = useState(false);
  const emitted = useRef(iso);
  const dropdownId = useId();
  const ownId = useId();
  const inputId = props.id ?? ownId;
  const labelId = `${inputId}-label`;

  // A value set from outside (a form reset, "today", the URL) replaces what is shown.
  useEffect(() => {
    if (iso !== emitted.current) {
      emitted.current = iso;
      setText(iso ? toTypedDate(iso) : "");
    }
  }, [iso]);

  function emit(next: string | null, typed: string) {
    emitted.current = next;
    onChange(next, typed);
  }

  function type(typed: string) {
    setText(typed);
    const next = typed.trim() ? parseTypedDate(typed) : null;
    if (next !== emitted.current) emit(next, typed);
  }

  function pick(next: string) {
    const typed = toTypedDate(next);
    setText(typed);
    setChecked(true);
    setOpened(false);
    if (next !== emitted.current) emit(next, typed);
  }

  const parsed = text.trim() ? parseTypedDate(text) : null;
  const invalid = text.trim() !== "" && parsed === null;
  const language = i18n.language;
  const rangeError =
    parsed && min && parsed < min
      ? t("dateField.beforeMin", { date: formatDate(min, language) })
      : parsed && max && parsed > max
        ? t("dateField.afterMax", { date: formatDate(max, language) })
        : null;
  const shownError = invalid && checked ? t("dateField.invalid") : error || rangeError;
  const reading = parsed && spellOut ? formatDate(parsed, language, "long") : null;
  // The button's name does not repeat the field's label (a search "by label" must find the
  // input alone); the label describes it instead, so two date fields stay distinguishable.
  const calendarName = t("dateField.openCalendarPlain");
  const showClear = clearable && text !== "" && !disabled && !readOnly;

  return (
    <TextInput
      {...props}
      id={inputId}
      label={label}
      labelProps={{ id: labelId }}
      disabled={disabled}
      readOnly={readOnly}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("dateField.placeholder")}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={(event) => {
        setChecked(true);
        if (parsed) setText(toTypedDate(parsed));
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown" && event.altKey) {
          event.preventDefault();
          setOpened(true);
        }
        props.onKeyDown?.(event);
      }}
      error={shownError || undefined}
      inputWrapperOrder={inputWrapperOrder}
      description={
        description || reading ? (
          <>
            {description}
            {description && reading ? <br /> : null}
            {reading && <span data-date-reading="">{reading}</span>}
          </>
        ) : undefined
      }
      rightSectionPointerEvents="all"
      rightSectionWidth={showClear ? 64 : 36}
      rightSection={
        <Group gap={2} wrap="nowrap">
          {showClear && (
            <CloseButton size="sm" aria-label={t("dateField.clear")} onClick={() => type("")} />
          )}
          <Popover
            opened={opened}
            onChange={setOpened}
            trapFocus
            returnFocus
            position="bottom-end"
            shadow="md"
            withinPortal
          >
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="dark"
                aria-label={calendarName}
                aria-describedby={label ? labelId : undefined}
                aria-controls={opened ? dropdownId : undefined}
                aria-expanded={opened}
                disabled={disabled || readOnly}
                onMouseEnter={() => void loadPanel()}
                onFocus={() => void loadPanel()}
                onClick={() => setOpened((was) => !was)}
              >
                <IconCalendarEvent size={18} aria-hidden="true" />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown id={dropdownId} aria-label={t("dateField.calendar")} p="xs">
              <Suspense fallback={<Loader size="sm" aria-label={t("loading")} />}>
                <Calendar value={parsed} min={min} max={max} onPick={pick} />
              </Suspense>
            </Popover.Dropdown>
          </Popover>
        </Group>
      }
    />
  );
}
