export function validateManifest(file: string): Promise<{ valid: boolean; errors: string[] }>;
export function unresolvedResids(xml: string): string[];
