// The one date field bound to a react-hook-form field: the form keeps 'YYYY-MM-DD' or ''.
import { type Control, Controller, type FieldPath, type FieldValues } from "react-hook-form";
import { DateField, type DateFieldProps } from "./date-field";

export type FormDateFieldProps<T extends FieldValues> = Omit<
  DateFieldProps,
  "name" | "value" | "onChange" | "onBlur" | "ref"
> & { control: Control<T>; name: FieldPath<T> };

export function FormDateField<T extends FieldValues>({
  control,
  name,
  ...props
}: FormDateFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateField
          {...props}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={(next) => field.onChange(next ?? "")}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
