import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { ApiError } from '../api/http';
import { isApiError } from '../api/http';
import { fetchHandout, fetchHandoutPdf, saveBlob, shareHandout, type HandoutKey } from './handoutApi';
import type { HandoutModel } from '@kindred/session';

export interface UseHandout {
  handout: ShallowRef<HandoutModel | null>;
  error: ShallowRef<ApiError | null>;
  loading: Ref<boolean>;
  downloading: Ref<boolean>;
  pdfFailed: Ref<boolean>;
  sharing: Ref<boolean>;
  shareError: ShallowRef<ApiError | null>;
  /** The pair's own copy only: share the handout with the facilitator, or stop sharing. */
  setShared: (shared: boolean) => Promise<void>;
  load: () => Promise<void>;
  downloadPdf: () => Promise<void>;
  print: () => void;
}

/** Loads one pair's handout and offers it as a PDF download or for printing. */
export function useHandout(key: HandoutKey): UseHandout {
  const handout = shallowRef<HandoutModel | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  const downloading = ref(false);
  const pdfFailed = ref(false);
  const sharing = ref(false);
  const shareError = shallowRef<ApiError | null>(null);

  async function setShared(shared: boolean): Promise<void> {
    if (sharing.value) return;
    sharing.value = true;
    shareError.value = null;
    try {
      handout.value = await shareHandout(key, shared);
    } catch (caught) {
      if (!isApiError(caught)) throw caught;
      shareError.value = caught;
    } finally {
      sharing.value = false;
    }
  }

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      handout.value = await fetchHandout(key);
    } catch (caught) {
      if (!isApiError(caught)) throw caught;
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  async function downloadPdf(): Promise<void> {
    if (downloading.value) return;
    downloading.value = true;
    pdfFailed.value = false;
    try {
      const { blob, fileName } = await fetchHandoutPdf(key);
      saveBlob(blob, fileName);
    } catch {
      pdfFailed.value = true;
    } finally {
      downloading.value = false;
    }
  }

  return { handout, error, loading, downloading, pdfFailed, sharing, shareError, setShared, load, downloadPdf, print: () => window.print() };
}
