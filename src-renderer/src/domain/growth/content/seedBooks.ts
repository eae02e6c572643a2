import type { ReadingListItem } from '../../types';

type SeedBook = Pick<ReadingListItem, 'title' | 'author' | 'notes' | 'competencyIds'>;

/** The books the senior engineer growth guide recommends, with our own note on each. */
export const seedBooks: readonly SeedBook[] = [
  {
    title: 'Designing Data-Intensive Applications',
    author: 'Martin Kleppmann',
    notes: 'The standard guide to consistency, replication and the real costs behind data architecture choices.',
    competencyIds: ['architectural-judgment', 'systems-thinking'],
  },
  {
    title: 'Staff Engineer: Leadership Beyond the Management Track',
    author: 'Will Larson',
    notes: 'Shows, through stories from people in the role, what technical leadership beyond senior actually involves.',
    competencyIds: ['strategic-influence', 'owning-the-outcome', 'mentoring'],
  },
  {
    title: 'An Elegant Puzzle: Systems of Engineering Management',
    author: 'Will Larson',
    notes: 'Explains how engineering organisations are run, which helps a technical leader work with them rather than around them.',
    competencyIds: ['strategic-influence', 'business-context', 'systems-thinking'],
  },
  {
    title: 'Release It!',
    author: 'Michael T. Nygard',
    notes: 'Stability patterns and capacity pitfalls for software that has to survive real production traffic.',
    competencyIds: ['cross-cutting-ownership', 'architectural-judgment', 'quality-standards'],
  },
  {
    title: 'Team Topologies',
    author: 'Matthew Skelton and Manuel Pais',
    notes: 'A shared language for how team boundaries shape system boundaries, useful once your decisions span teams.',
    competencyIds: ['systems-thinking', 'strategic-influence', 'architectural-judgment'],
  },
  {
    title: 'System Design for Tech Interviews and Beyond',
    author: '',
    notes: 'Practice in structuring large design problems and explaining the trade-offs out loud.',
    competencyIds: ['architectural-judgment', 'technical-communication'],
  },
  {
    title: 'Cloud Architecture with AWS or Azure',
    author: '',
    notes: 'Builds fluency in cloud design patterns rather than one-off use of individual services.',
    competencyIds: ['architectural-judgment', 'breadth'],
  },
  {
    title: 'Observability Engineering',
    author: 'Charity Majors, Liz Fong-Jones and George Miranda',
    notes: 'How to instrument systems so you can debug what you did not predict, not just graph what you did.',
    competencyIds: ['cross-cutting-ownership', 'systems-thinking'],
  },
  {
    title: 'Technical Writing for Engineers',
    author: '',
    notes: 'Clear design docs, RFCs and incident reports give a senior engineer outsized reach; this is practice for them.',
    competencyIds: ['technical-communication'],
  },
];
