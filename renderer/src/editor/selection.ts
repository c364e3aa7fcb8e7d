/** What the main panel shows: 'header' (the header form) or an item's id. */
export type Selection = string;
