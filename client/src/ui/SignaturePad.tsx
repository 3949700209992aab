import { useRef, useState, type PointerEvent } from 'react';

/** A signature drawn with a finger or stylus; `onSigned` gets a PNG data URL (kept small: 480×160). */
export function SignaturePad({ onSigned, labels, testId }: { onSigned: (png: string) => void; labels: { clear: string; confirm: string }; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [strokes, setStrokes] = useState(0);
  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * e.currentTarget.width, y: ((e.clientY - rect.top) / rect.height) * e.currentTarget.height };
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    drawing.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = point(e);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111827';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    const p = point(e);
    ctx?.lineTo(p.x, p.y);
    ctx?.stroke();
  };
  const up = () => {
    if (drawing.current) setStrokes((n) => n + 1);
    drawing.current = false;
  };
  const clear = () => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    setStrokes(0);
  };
  return (
    <div className="signature-pad">
      <canvas ref={canvas} data-testid={testId} width={480} height={160} onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerLeave={up} />
      <div className="action-buttons">
        <button type="button" onClick={clear}>{labels.clear}</button>
        <button type="button" data-testid={`${testId}-confirm`} disabled={strokes === 0} onClick={() => canvas.current && onSigned(canvas.current.toDataURL('image/png'))}>{labels.confirm}</button>
      </div>
    </div>
  );
}
