/**
 * One choice out of a few, as a row of chips that are radio buttons: one tap chooses, the
 * arrow keys move between them, and a screen reader hears a radio group with its legend.
 */
export function ChipRadios<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {props.legend}
      </legend>
      <div class="chips">
        {props.options.map((option) => (
          <label key={option.value} class="chip chip--radio">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
