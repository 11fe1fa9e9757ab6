// Stands in for the classic theme's Prism client module when no extra languages are configured (see prismOnDemand.ts).
export {};
