// One form field wired to react-hook-form: the input component, its value, its change and
// blur, and its error message (already worded by lib/form-errors), so a form lists its
// fields instead of repeating a Controller block per field.
import type { ComponentProps, ElementType } from "react";
import {
  type Control,
  Controller,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from "react-hook-form";

/** The first message of a field's error, also for a list whose items failed. */
export function errorText(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const { message } = error as FieldError;
  if (typeof message === "string" && message) return message;
  for (const nested of Object.values(error)) {
    const text = errorText(nested);
    if (text) return text;
  }
  return undefined;
}

type Props<T extends FieldValues, C extends ElementType> = {
  control: Control<T>;
  name: FieldPath<T>;
  component: C;
  /** What the input shows for an empty value ("" for text, null for a select). */
  empty?: unknown;
  /** Turns the input's value into the form's (e.g. a cleared select into `undefined`). */
  toValue?: (value: unknown) => unknown;
  /** Runs after the form's value changed (e.g. to adjust another field). */
  afterChange?: (value: unknown) => void;
} & Omit<ComponentProps<C>, "value" | "onChange" | "onBlur" | "name" | "error" | "ref">;

export function FormField<T extends FieldValues, C extends ElementType>({
  control,
  name,
  component: Input,
  empty = "",
  toValue = (value) => value,
  afterChange,
  ...props
}: Props<T, C>) {
  // the props were checked against C above; JSX cannot check a generic component's props
  const Field = Input as ElementType;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          value={field.value ?? empty}
          onChange={(input: unknown) => {
            const isEvent = typeof input === "object" && input !== null && "currentTarget" in input;
            const value = isEvent
              ? (input as { currentTarget: { value: string } }).currentTarget.value
              : input;
            field.onChange(toValue(value));
            afterChange?.(value);
          }}
          error={errorText(fieldState.error)}
        />
      )}
    />
  );
}
