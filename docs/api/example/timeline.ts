// A frontend's case-timeline page, written against the client generated from docs/api/cases.yaml and meetings.yaml
// (openapi-typescript): it type-checks only while the specs still give what the page reads. docs/api/check.sh runs tsc.
import type { components as Cases } from "../generated/cases";
import type { components as Meetings } from "../generated/meetings";

type Case = Cases["schemas"]["Case"];
type Step = Cases["schemas"]["CaseStep"];
type Vocabulary = Cases["schemas"]["Vocabulary"];
type AgendaItem = Meetings["schemas"]["AgendaItem"];

/** The Danish label of a code, or the code itself when the vocabulary does not know it. */
function label(terms: Vocabulary["outcomes"], code: string | null | undefined): string {
  return terms?.find((t) => t.code === code)?.da ?? code ?? "";
}

function renderStep(step: Step, vocabulary: Vocabulary): string {
  const meeting = step.meeting ? ` <a href="${step.meeting.href}">møde ${step.meeting.startsAt ?? step.date}</a>` : "";
  const absent = (step.absentees ?? []).map((p) => `<a href="${p.href}">${p.name}</a>`).join(", ");
  const sources = (step.sources ?? [])
    .map((s) => `<a href="${s.item?.href}">punkt ${s.item?.number}</a> (<a href="${s.document?.href}">referat</a>)`)
    .join("; ");
  return `<li>${step.date} ${step.committee?.abbreviation ?? step.committee?.name}: `
    + `${label(vocabulary.outcomes, step.outcome)}${meeting}${absent ? `; afbud: ${absent}` : ""} — ${sources}</li>`;
}

/** The page: the case's title, its status in Danish, its steps in order, and where it goes next. */
export function renderTimeline(found: Case, vocabulary: Vocabulary): string {
  const next = found.nextCommittee ? `<p>Næste: ${found.nextCommittee.name}</p>` : "";
  return `<h1><a href="${found.href}">${found.caseNumber}</a> ${found.title}</h1>`
    + `<p>${label(vocabulary.caseStatuses, found.status)}</p>`
    + `<ol>${(found.steps ?? []).map((s) => renderStep(s, vocabulary)).join("")}</ol>${next}`;
}

/** An agenda item links back to its case. */
export function caseOf(item: AgendaItem): string | undefined {
  return item.case?.href;
}

/** Follows every page of a list by its links, as the one list shape allows. */
export async function everyCase(first: string): Promise<Cases["schemas"]["CaseSummary"][]> {
  const all: Cases["schemas"]["CaseSummary"][] = [];
  for (let next: string | null | undefined = first; next; ) {
    const page = (await (await fetch(next)).json()) as Cases["schemas"]["CasePage"];
    all.push(...(page.items ?? []));
    next = page.links?.next;
  }
  return all;
}
