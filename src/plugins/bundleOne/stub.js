// The whole entry of the compilation a bundling process does not need (see index.ts).
export {};
