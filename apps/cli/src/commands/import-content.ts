import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CompanionKey,
  IMPORT_FORMAT_NAMES,
  IMPORT_FORMATS,
  type ImportFormat,
  MAX_FIGURE_BYTES,
} from '@pathwise/core/importers';
import { CliError, EXIT } from '../kit/cli-error.ts';
import type { Command } from '../kit/command.ts';
import { parseSlug } from '../kit/input.ts';
import { withDatabase } from '../kit/with-database.ts';

function readFiles(format: ImportFormat, path: string) {
  if (!existsSync(path)) throw new CliError(`${path}: no such file or folder`);
  const folder = statSync(path).isDirectory();
  const spec = IMPORT_FORMATS[format];
  const problemsPath = folder ? join(path, spec.problemsFile) : path;
  if (!existsSync(problemsPath)) throw new CliError(`${path}: no ${spec.problemsFile} in this folder`);
  // NOTE: the problems file is read line by line as a stream by the import (never whole): any size is fine.
  const files: {
    problems: { path: string };
    figures?: Map<string, Uint8Array>;
  } & Partial<Record<CompanionKey, string>> = { problems: { path: problemsPath } };
  const dir = folder ? path : join(path, '..');
  for (const companion of spec.companions) {
    const beside = join(dir, companion.file);
    if (existsSync(beside) && statSync(beside).size > MAX_COMPANION_BYTES)
      throw new CliError(
        `${beside}: larger than the ${MAX_COMPANION_BYTES} bytes a ${companion.file} may have`,
      );
    if (existsSync(beside)) files[companion.key] = readFileSync(beside, 'utf8');
    else if (companion.required) throw new CliError(`${format} needs ${companion.file} next to its problems`);
  }
  if (spec.figures) files.figures = readFigures(join(dir, 'figures'));
  return files;
}

/** The largest companion file (standards.json, bkt-params.json), as for an upload. */
const MAX_COMPANION_BYTES = 1024 * 1024;

/** The first `max` bytes of a file (a larger figure is then refused by its size, without being read whole). */
function readAtMost(file: string, max: number): Uint8Array {
  const buffer = Buffer.alloc(Math.min(statSync(file).size, max));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/**
 * OATutor's figure files, by file name, from the `figures` folder beside the problems (none if absent); of a file
 * over the figure cap only the cap and one byte are read, so that it is refused by its size.
 */
function readFigures(dir: string): Map<string, Uint8Array> {
  const figures = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return figures;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isFile()) figures.set(name, readAtMost(file, MAX_FIGURE_BYTES + 1));
  }
  return figures;
}

function parseImportArgs(format: ImportFormat, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { org: { type: 'string' }, 'accept-partial': { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nSee: pathwise import ${format} --help`);
  }
}

/** What a dataset folder holds for a format, in words: "problems.jsonl, bkt-params.json (optional), figures/". */
function folderContents(format: ImportFormat): string {
  const spec = IMPORT_FORMATS[format];
  return [
    spec.problemsFile,
    ...spec.companions.map((c) => (c.required ? c.file : `${c.file} (optional)`)),
    ...(spec.figures ? ['figures/'] : []),
  ].join(', ');
}

/** The report's account of every record: items, steps of an earlier item, and the skipped ones by reason. */
function accountLines(report: {
  records: number;
  imported: number;
  importedAsSteps: number;
  skippedByReason: Record<string, number>;
}): string[] {
  // NOTE: the stored report (JSONB) keeps no key order: the most frequent reasons first, then by name.
  const skipped = Object.entries(report.skippedByReason).sort(
    ([a, m], [b, n]) => n - m || a.localeCompare(b),
  );
  const n = skipped.reduce((sum, [, count]) => sum + count, 0);
  return [
    `Every record: ${report.imported} imported as items + ${report.importedAsSteps} as steps of an earlier ` +
      `item + ${n} skipped = ${report.records}.`,
    ...skipped.map(([reason, count]) => `  skipped ${count}  ${reason}`),
  ];
}

function importCommand(format: ImportFormat): Command {
  const command: Command = {
    words: ['import', format],
    summary: `Import the ${IMPORT_FORMATS[format].label} dataset into an organization's item bank`,
    help: `Usage: pathwise import ${format} PATH [--org SLUG] [--accept-partial]

  PATH              the dataset folder (with ${folderContents(format)}) or its problems file
  --org SLUG        the organization to import into (default: demo)
  --accept-partial  import the good records when some are broken (default: import nothing then)

Writes the dataset's skills (one framework), a pathway over them (a draft until an administrator publishes it
on the import page), and the items, in one transaction. Every record is accounted for: imported as an item, as
a step of an earlier item, or skipped with its reason. The
problems file is read line by line (a line over 1 MiB is a rejected record); the first 100 rejected records are
listed with their lines on standard error, the rest counted by reason. Exit 2 when records were rejected and
nothing was written.`,
    async run(args, io) {
      const parsed = parseImportArgs(format, args);
      const [path, ...extra] = parsed.positionals;
      if (!path || extra.length > 0)
        throw new CliError(`give exactly one PATH\nSee: pathwise import ${format} --help`);
      const orgSlug = parseSlug(parsed.values.org ?? 'demo', 'org');
      const files = readFiles(format, path);
      const { findOrganizationBySlug } = await import('@pathwise/db');
      const { startImportRun, processImportRun } = await import('@pathwise/server');
      const run = await withDatabase(io.env, async ({ db }) => {
        const org = await findOrganizationBySlug(db.kysely, orgSlug);
        if (!org) throw new CliError(`--org: no organization with the address ${orgSlug}`);
        // The same run as an upload from the admin page, processed here and now.
        const runId = await startImportRun(db.kysely, {
          orgId: org.id,
          format,
          acceptPartial: parsed.values['accept-partial'] ?? false,
          actorUserId: null,
          files,
        });
        return processImportRun(db.kysely, { orgId: org.id, runId }, files, {
          onProgress: (status, done, total) =>
            io.err(
              status === 'parsing' ? `  read ${done}/${total} records` : `  written ${done}/${total} items`,
            ),
        });
      });
      const { report } = run;
      if (!report) throw new CliError(`the import failed: ${run.error ?? run.status}`, EXIT.failed);
      const problems = report.rejectedCount;
      for (const p of report.rejected) io.err(`  line ${p.line}: ${p.field}: ${p.message}`);
      if (problems > report.rejected.length) {
        io.err(`  … and ${problems - report.rejected.length} more; problems by reason:`);
        for (const [reason, n] of Object.entries(report.rejectedByReason)) io.err(`    ${n}  ${reason}`);
      }
      if (!report.written) {
        for (const line of accountLines(report)) io.err(line);
        throw new CliError(
          `${problems} problem(s) in ${report.records} records; nothing was imported` +
            (problems > 0 ? ' (use --accept-partial to import the good ones)' : ''),
          EXIT.badInput,
        );
      }
      const draft = report.pathwayStatus === 'draft' ? ', a draft until published' : '';
      io.out(
        `Imported ${report.imported} of ${report.records} ${format} records (${report.skills} skills, ` +
          `${report.figures} figures, pathway ${report.pathwayId}${draft}); ${problems} problem(s).\n` +
          `${accountLines(report).join('\n')}\nAttribution: ${report.attribution.text}`,
      );
    },
  };
  return command;
}

/** `pathwise import <format> PATH`, one command per format of the registry: a dataset into an item bank. */
export const importCommands: readonly Command[] = IMPORT_FORMAT_NAMES.map(importCommand);
