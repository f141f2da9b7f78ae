// `npm run report`: the maintainers' report (tools/lib/maintainersReport.ts) over content/:
// pages past their review date, pages with no owner, orphans, sources nobody cites and glossary
// terms no page uses. `npm run report -- --markdown` prints it as Markdown to paste into an issue.
// It lists work to do and exits 0 whatever it finds; it exits 1 only when it cannot run.
import { contentFolder, readContentFiles } from '../src/checks/build/readContentFiles.ts';
import { maintainersReport, reportAsMarkdown, reportAsText } from './lib/maintainersReport.ts';

const root = process.cwd();
const markdown = process.argv.slice(2).includes('--markdown');
const entries = readContentFiles(contentFolder(root), root);
const today = new Date();
const sections = maintainersReport(entries, today);
console.log(markdown ? reportAsMarkdown(sections, today) : reportAsText(sections));
