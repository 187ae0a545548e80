// A whole-number field of a react-hook-form form (members, votes): empty means "not given".
import { NumberInput } from "@mantine/core";
import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  required?: boolean;
  min?: number;
  error?: string;
};

export function CountField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  required,
  min = 0,
  error,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={description}
          required={required}
          min={min}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          error={error}
          {...field}
          onChange={(value) => field.onChange(typeof value === "number" ? value : "")}
        />
      )}
    />
  );
}
