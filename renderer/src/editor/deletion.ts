/** Something just deleted, and how to bring it back ("Fortryd sletning", Ctrl+Z). */
export interface Deleted {
  /** "Punkt 3 «…» er slettet." */
  message: string;
  restore: () => void;
  /** Where the restored thing is shown: 'header' or its item's id. */
  shownIn: string;
  /** Puts keyboard focus on the restored thing, once it is on screen again. */
  focus: () => void;
}
