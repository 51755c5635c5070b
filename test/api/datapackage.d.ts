/** The parts of Frictionless's datapackage-js (no published types) that test/api/exports.test.ts uses. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    read(options?: { relations?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
