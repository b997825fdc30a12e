// node validate.mjs FOLDER: loads the *-datapackage.json in FOLDER strictly (profile validation), then reads every
// resource with its values cast to the schema's types and its foreign keys resolved. Prints one line per resource
// and exits 1 at the first problem.
import { Package } from 'datapackage';
import fs from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
const descriptor = fs.readdirSync(folder).find(f => f.endsWith('-datapackage.json'));
try {
  const dataPackage = await Package.load(path.join(folder, descriptor), { strict: true });
  console.log(`package ${dataPackage.descriptor.name}: valid ${dataPackage.profile.name}`);
  for (const resource of dataPackage.resources) {
    const rows = await resource.read({ cast: true, relations: true });
    console.log(`${resource.name}: ${rows.length} rows`);
  }
} catch (error) {
  console.log(`invalid: ${error.message}`);
  for (const detail of (error.errors ?? []).slice(0, 10)) {
    console.log(`  ${detail.message}`);
  }
  process.exit(1);
}
