import { rmSync } from 'node:fs';
for (const path of ['dist', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
