/** Every pipeline stage has a name and a version; every fact records the stage that produced it. */
export interface StageRef {
  readonly name: string;
  readonly version: number;
}

export function formatStage(stage: StageRef): string {
  return `${stage.name}@${stage.version}`;
}
