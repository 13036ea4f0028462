import { VisuallyHidden } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { MapSkill } from './learning-api.ts';
import { orderLayers, skillEdges, skillLayers } from './skill-layers.ts';
import { SkillStatusIcon, STANDING_KEY, StandingIcon } from './skill-status-icon.tsx';

interface Edge {
  key: string;
  d: string;
  from: string;
  to: string;
}

/**
 * The pathway drawn as a map: one row per layer (a skill sits below everything it builds on), the prerequisite
 * links drawn between the cards. Each card is a toggle button that selects the skill for its details.
 */
export function SkillMap({
  skills,
  selectedId,
  onSelect,
}: {
  skills: MapSkill[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const layers = useMemo(() => orderLayers(skillLayers(skills)), [skills]);
  const edges = useMemo(() => skillEdges(skills), [skills]);
  const container = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLButtonElement>());
  const [paths, setPaths] = useState<Edge[]>([]);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      setPaths(
        edges.flatMap(([from, to]) => {
          const a = cards.current.get(from)?.getBoundingClientRect();
          const b = cards.current.get(to)?.getBoundingClientRect();
          if (!a || !b) return [];
          const x1 = a.left + a.width / 2 - box.left;
          const y1 = a.bottom - box.top;
          const x2 = b.left + b.width / 2 - box.left;
          const y2 = b.top - box.top;
          const bend = Math.max(18, (y2 - y1) / 2);
          return [
            {
              key: `${from}>${to}`,
              from,
              to,
              d: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`,
            },
          ];
        }),
      );
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [edges]);

  return (
    <div className="pw-map" ref={container}>
      <svg className="pw-map-edges" aria-hidden="true" focusable="false" width="100%" height="100%">
        {paths.map((p) => (
          <path
            key={p.key}
            d={p.d}
            data-active={selectedId !== null && (p.from === selectedId || p.to === selectedId)}
          />
        ))}
      </svg>
      {layers.map((layer, index) => (
        <ul
          key={layer[0]?.id ?? index}
          className="pw-map-layer"
          aria-label={t('learning.map.layer', { n: index + 1 })}
        >
          {layer.map((skill) => (
            <li key={skill.id}>
              <button
                type="button"
                ref={(node) => {
                  if (node) cards.current.set(skill.id, node);
                  else cards.current.delete(skill.id);
                }}
                className={`pw-skill pw-skill--${skill.status}`}
                aria-pressed={selectedId === skill.id}
                onClick={() => onSelect(skill.id)}
              >
                <span className="pw-skill-name">{pick(skill.name)}</span>
                <VisuallyHidden>, </VisuallyHidden>
                <span className="pw-skill-status">
                  {skill.status === 'mastered' && skill.standing !== 'mastered' ? (
                    // A mastered skill says how: credited by placement, or mastered with a review due.
                    <>
                      <StandingIcon status={skill.standing} size={14} />
                      {t(STANDING_KEY[skill.standing])}
                    </>
                  ) : (
                    <>
                      <SkillStatusIcon status={skill.status} size={14} />
                      {t(`learning.skillStatus.${skill.status}`)}
                    </>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
