// Messages about reading assessment and data files (CSV, xlsx, map files).
import type { MessageTable } from '../catalogue.js';

export const inputMessages: MessageTable = {};
