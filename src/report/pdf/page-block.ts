// A planned block of a page: measured before it is drawn, so a page can choose what fits.
export interface Block {
  /** Points the block takes, spacing included. */
  height: number;
  /** Draws at the cursor and moves the cursor below the block. */
  draw: () => void;
}
