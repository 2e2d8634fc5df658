// README, "npm and a bundler": what each import brings.
// Register every element under its default tag…
import 'customer-area-kit/all.js';
// …or only the ones you use (each registers the kit elements it renders, too).
import 'customer-area-kit/env-picker.js';

// Classes, events and types; this import registers nothing.
import { EnvPicker, EnvSelectEvent } from 'customer-area-kit';

export const picker: EnvPicker = document.createElement('env-picker');
export const isSelect = (event: Event) => event instanceof EnvSelectEvent;
