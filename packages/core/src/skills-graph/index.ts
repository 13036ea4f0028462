export {
  buildSkillGraph,
  findCycleThroughEdge,
  getSkillGraph,
  SkillGraphError,
  type SkillGraphResult,
} from './build-skill-graph.ts';
export { type CrosswalkRelation, crosswalkCoverage, type SkillCrosswalk } from './crosswalk.ts';
export { findCycle } from './find-cycle.ts';
export { descendantSkills, type Pathway, pathwaySkills } from './pathway.ts';
export { asSkillId, type Skill, type SkillGraph, type SkillGraphProblem, type SkillId } from './skill.ts';
export { readySet, type SkillStatus, skillMap, skillStatus } from './skill-status.ts';
