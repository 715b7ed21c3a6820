import { useI18n } from 'vue-i18n';

/** "1 h 45 min" / "50 min" from seconds. */
export function useDurationText(): (seconds: number) => string {
  const { t } = useI18n();
  return (seconds: number) => {
    const totalMinutes = Math.round(seconds / 60);
    const hours = Math.floor(totalMinutes / 60);
    const minutes = totalMinutes % 60;
    if (hours === 0) return t('time.minutes', { m: minutes });
    return minutes === 0 ? t('time.hours', { h: hours }) : t('time.hoursMinutes', { h: hours, m: minutes });
  };
}
