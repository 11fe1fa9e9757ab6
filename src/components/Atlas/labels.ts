/**
 * Translated labels for every value of the closed vocabularies. Each is a
 * literal translate() call so that write-translations extracts it into
 * code.json; the Record types make a missing label a type error.
 */
import {translate} from '@docusaurus/Translate';
import type {
  AdvisorKind,
  AffiliationRole,
  AwardKind,
  InstitutionKind,
  OrgRole,
  Quantity,
  SystemCategory,
  TopicId,
  TeamRole,
  FigureQualifier,
  EventKind,
} from '@site/src/plugins/atlas/vocabulary';

export const topicLabels = (): Record<TopicId, string> => ({
  'ai-models': translate({id: 'atlas.topic.ai-models', message: 'AI models'}),
  training: translate({id: 'atlas.topic.training', message: 'Training'}),
  inference: translate({id: 'atlas.topic.inference', message: 'Inference'}),
  storage: translate({id: 'atlas.topic.storage', message: 'Storage'}),
  memory: translate({id: 'atlas.topic.memory', message: 'Memory'}),
  networking: translate({id: 'atlas.topic.networking', message: 'Networking'}),
  hardware: translate({id: 'atlas.topic.hardware', message: 'Hardware'}),
  hpc: translate({id: 'atlas.topic.hpc', message: 'HPC'}),
  compilers: translate({id: 'atlas.topic.compilers', message: 'Compilers'}),
  data: translate({id: 'atlas.topic.data', message: 'Data'}),
  graph: translate({id: 'atlas.topic.graph', message: 'Graph computing'}),
  'brain-inspired': translate({id: 'atlas.topic.brain-inspired', message: 'Brain-inspired computing'}),
  security: translate({id: 'atlas.topic.security', message: 'Security'}),
  venues: translate({id: 'atlas.topic.venues', message: 'Venues'}),
  awards: translate({id: 'atlas.topic.awards', message: 'Awards'}),
  competitions: translate({id: 'atlas.topic.competitions', message: 'Competitions'}),
  rankings: translate({id: 'atlas.topic.rankings', message: 'Rankings'}),
  history: translate({id: 'atlas.topic.history', message: 'History'}),
  policy: translate({id: 'atlas.topic.policy', message: 'Policy and industry'}),
});

export const categoryLabels = (): Record<SystemCategory, string> => ({
  inference: translate({id: 'atlas.category.inference', message: 'Inference system'}),
  training: translate({id: 'atlas.category.training', message: 'Training system'}),
  storage: translate({id: 'atlas.category.storage', message: 'Storage system'}),
  graph: translate({id: 'atlas.category.graph', message: 'Graph-computing system'}),
  compiler: translate({id: 'atlas.category.compiler', message: 'Compiler'}),
  'data-processing': translate({id: 'atlas.category.data-processing', message: 'Data-processing system'}),
  supercomputer: translate({id: 'atlas.category.supercomputer', message: 'Supercomputer'}),
  chip: translate({id: 'atlas.category.chip', message: 'Chip'}),
  platform: translate({id: 'atlas.category.platform', message: 'Platform'}),
  model: translate({id: 'atlas.category.model', message: 'Model'}),
  security: translate({id: 'atlas.category.security', message: 'Security system'}),
});

export const institutionKindLabels = (): Record<InstitutionKind, string> => ({
  university: translate({id: 'atlas.institutionKind.university', message: 'University'}),
  'research-institute': translate({id: 'atlas.institutionKind.research-institute', message: 'Research institute'}),
  laboratory: translate({id: 'atlas.institutionKind.laboratory', message: 'Laboratory'}),
  company: translate({id: 'atlas.institutionKind.company', message: 'Company'}),
  government: translate({id: 'atlas.institutionKind.government', message: 'Government body'}),
  department: translate({id: 'atlas.institutionKind.department', message: 'University department'}),
  'teaching-group': translate({id: 'atlas.institutionKind.teaching-group', message: 'Teaching and research group'}),
  'service-platform': translate({id: 'atlas.institutionKind.service-platform', message: 'Computing service platform'}),
  'supercomputing-center': translate({id: 'atlas.institutionKind.supercomputing-center', message: 'Supercomputing centre'}),
});

export const affiliationRoleLabels = (): Record<AffiliationRole, string> => ({
  faculty: translate({id: 'atlas.role.faculty', message: 'Faculty'}),
  director: translate({id: 'atlas.role.director', message: 'Director'}),
  founder: translate({id: 'atlas.role.founder', message: 'Founder'}),
  'co-founder': translate({id: 'atlas.role.co-founder', message: 'Co-founder'}),
  'assistant-researcher': translate({id: 'atlas.role.assistant-researcher', message: 'Assistant researcher'}),
  postdoc: translate({id: 'atlas.role.postdoc', message: 'Postdoctoral researcher'}),
  'phd-student': translate({id: 'atlas.role.phd-student', message: 'PhD student'}),
  'masters-student': translate({id: 'atlas.role.masters-student', message: 'Master’s student'}),
  student: translate({id: 'atlas.role.student', message: 'Student'}),
  coach: translate({id: 'atlas.role.coach', message: 'Coach'}),
  collaborator: translate({id: 'atlas.role.collaborator', message: 'Collaborator'}),
  head: translate({id: 'atlas.role.head', message: 'Head'}),
  member: translate({id: 'atlas.role.member', message: 'Member'}),
  staff: translate({id: 'atlas.role.staff', message: 'Staff'}),
  undergraduate: translate({id: 'atlas.role.undergraduate', message: 'Undergraduate'}),
  'visiting-researcher': translate({id: 'atlas.role.visiting-researcher', message: 'Visiting researcher'}),
  'chief-scientist': translate({id: 'atlas.role.chief-scientist', message: 'Chief scientist'}),
  ceo: translate({id: 'atlas.role.ceo', message: 'CEO'}),
  'party-secretary': translate({id: 'atlas.role.party-secretary', message: 'Party branch secretary'}),
});

export const advisorKindLabels = (): Record<AdvisorKind, string> => ({
  phd: translate({id: 'atlas.advisor.phd', message: 'PhD'}),
  postdoc: translate({id: 'atlas.advisor.postdoc', message: 'Postdoc'}),
  masters: translate({id: 'atlas.advisor.masters', message: 'Master’s'}),
  student: translate({id: 'atlas.advisor.student', message: 'Student (degree not stated)'}),
  'phd-group': translate({id: 'atlas.advisor.phd-group', message: 'PhD research in the group'}),
  'helped-supervise': translate({id: 'atlas.advisor.helped-supervise', message: 'Helped supervise (informal)'}),
  guidance: translate({id: 'atlas.advisor.guidance', message: 'Research guidance (informal)'}),
  mentor: translate({id: 'atlas.advisor.mentor', message: 'Early mentor (informal)'}),
  coach: translate({id: 'atlas.advisor.coach', message: 'Coach'}),
  'thesis-committee': translate({id: 'atlas.advisor.thesis-committee', message: 'Thesis committee'}),
});

export const teamRoleLabels = (): Record<TeamRole, string> => ({
  lead: translate({id: 'atlas.team.lead', message: 'Lead'}),
  'co-lead': translate({id: 'atlas.team.co-lead', message: 'Co-lead'}),
  'team-lead': translate({id: 'atlas.team.team-lead', message: 'Team lead'}),
  developer: translate({id: 'atlas.team.developer', message: 'Developer'}),
  member: translate({id: 'atlas.team.member', message: 'Team member'}),
});

export const orgRoleLabels = (): Record<OrgRole, string> => ({
  developer: translate({id: 'atlas.org.developer', message: 'Developer'}),
  partner: translate({id: 'atlas.org.partner', message: 'Partner'}),
  host: translate({id: 'atlas.org.host', message: 'Host'}),
  user: translate({id: 'atlas.org.user', message: 'User'}),
});

export const awardKindLabels = (): Record<AwardKind, string> => ({
  'best-paper': translate({id: 'atlas.award.best-paper', message: 'Best Paper'}),
  champion: translate({id: 'atlas.award.champion', message: 'Champion'}),
  prize: translate({id: 'atlas.award.prize', message: 'Prize'}),
  'research-highlight': translate({id: 'atlas.award.research-highlight', message: 'Research Highlight'}),
  paper: translate({id: 'atlas.award.paper', message: 'Paper'}),
  cover: translate({id: 'atlas.award.cover', message: 'Cover'}),
  'first-place': translate({id: 'atlas.award.first-place', message: 'First place'}),
  honour: translate({id: 'atlas.award.honour', message: 'Honour'}),
});

/** A figure with its qualifier, e.g. "about 100", "over 90", "at least 40M". */
export const qualifiedFigure = (qualifier: FigureQualifier | undefined, value: string): string => {
  switch (qualifier) {
    case 'about':
      return translate({id: 'atlas.figure.about', message: 'about {value}'}, {value});
    case 'almost':
      return translate({id: 'atlas.figure.almost', message: 'almost {value}'}, {value});
    case 'over':
      return translate({id: 'atlas.figure.over', message: 'over {value}'}, {value});
    case 'at-least':
      return translate({id: 'atlas.figure.at-least', message: 'at least {value}'}, {value});
    default:
      return value;
  }
};

export const quantityLabels = (): Record<Quantity, string> => ({
  parameters: translate({id: 'atlas.quantity.parameters', message: 'Parameters'}),
  'tokens-per-second': translate({id: 'atlas.quantity.tokens-per-second', message: 'Output speed (tokens/s)'}),
  accelerators: translate({id: 'atlas.quantity.accelerators', message: 'Accelerator cards'}),
  cpus: translate({id: 'atlas.quantity.cpus', message: 'CPUs'}),
  cores: translate({id: 'atlas.quantity.cores', message: 'Cores'}),
  'dram-gb': translate({id: 'atlas.quantity.dram-gb', message: 'Host memory (GB)'}),
  speedup: translate({id: 'atlas.quantity.speedup', message: 'Speed-up (×)'}),
  'development-months': translate({id: 'atlas.quantity.development-months', message: 'Development time (months)'}),
  'training-tokens': translate({id: 'atlas.quantity.training-tokens', message: 'Training data (tokens)'}),
  'exaops-fp16': translate({id: 'atlas.quantity.exaops-fp16', message: 'Total compute (Eops, FP16)'}),
  'mtbf-hours': translate({id: 'atlas.quantity.mtbf-hours', message: 'Mean time between failures (hours)'}),
  'interconnect-gb-per-s': translate({id: 'atlas.quantity.interconnect-gb-per-s', message: 'Inter-card bandwidth (GB/s)'}),
  'bandwidth-share-percent': translate({id: 'atlas.quantity.bandwidth-share-percent', message: 'Share of hardware bandwidth (%)'}),
  cabinets: translate({id: 'atlas.quantity.cabinets', message: 'Cabinets'}),
  'processors-per-cabinet': translate({id: 'atlas.quantity.processors-per-cabinet', message: 'Processors per cabinet'}),
});

export const eventKindLabels = (): Record<EventKind, string> => ({
  people: translate({id: 'atlas.event.kind.people', message: 'People'}),
  systems: translate({id: 'atlas.event.kind.systems', message: 'Systems'}),
  awards: translate({id: 'atlas.event.kind.awards', message: 'Awards'}),
  institutions: translate({id: 'atlas.event.kind.institutions', message: 'Institutions'}),
  context: translate({id: 'atlas.event.kind.context', message: 'Context'}),
});
