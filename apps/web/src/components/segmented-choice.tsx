import { useId } from "react";
import classes from "./segmented-choice.module.css";

export type SegmentedChoiceProps<T extends string> = {
  value: T;
  onChange: (value: T) => void;
  data: readonly { value: T; label: string }[];
  "aria-label"?: string;
  "aria-labelledby"?: string;
  orientation?: "horizontal" | "vertical";
  fullWidth?: boolean;
};

/**
 * One choice among a few, shown as segments: a radio group (arrow keys move the choice, as
 * with any radio group) styled like Mantine's SegmentedControl, whose sliding indicator
 * forces a layout when it mounts (see the CSS module).
 */
export function SegmentedChoice<T extends string>({
  value,
  onChange,
  data,
  orientation = "horizontal",
  fullWidth = false,
  ...labelling
}: SegmentedChoiceProps<T>) {
  const name = useId();
  const className = [
    classes.root,
    orientation === "vertical" ? classes.vertical : "",
    fullWidth ? classes.fullWidth : "",
  ].join(" ");
  return (
    <div role="radiogroup" className={className} {...labelling}>
      {data.map((option) => (
        <label key={option.value} className={classes.option}>
          <input
            type="radio"
            className={classes.input}
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
