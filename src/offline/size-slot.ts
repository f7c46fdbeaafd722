/**
 * Where a page shows an offline bundle's size (the "Save for offline" control):
 * `data-offline-bytes-<locale>` (and `-all`, every language together) holds ten digits, written
 * as zeros at render and filled once every file is built (src/offline/write-offline.ts). The
 * width never changes, so filling it changes no file's size, only its hash.
 */
export const SIZE_SLOT = /data-offline-bytes-(\w+)="\d{10}"/gu;

/** A size as its slot's ten digits. */
export const sizeSlot = (bytes = 0) => String(bytes).padStart(10, '0');
