import type { credentialsImageEn } from './credentials-image-en.ts';

/** Spanish strings of an achievement's image, under `credentials.image`. */
export const credentialsImageEs: typeof credentialsImageEn = {
  column: 'Imagen',
  none: 'Ninguna',
  thumbnailAlt: 'Insignia de {{name}}',
  open: 'Imagen',
  openLabel: 'Imagen de {{name}}',
  title: 'Imagen de «{{name}}»',
  intro:
    'Las credenciales que se emitan a partir de ahora llevan esta imagen dentro, así que se ve dondequiera que vayan, incluso sin conexión. Las ya emitidas conservan la imagen que tenían.',
  current: 'Imagen actual',
  noImage: 'Todavía no tiene imagen: sus credenciales no muestran ninguna.',
  uploadTitle: 'Subir una imagen',
  file: 'Archivo PNG o SVG',
  fileHint: 'Como máximo 40 KB. Un SVG no puede contener scripts ni enlaces a otros archivos.',
  upload: 'Subir imagen',
  designTitle: 'O generar un diseño',
  designHint: 'Una insignia con las iniciales del nombre del logro; si lo renombras, cambia con él.',
  shape: 'Forma',
  shapes: { circle: 'Círculo', shield: 'Escudo', hexagon: 'Hexágono' },
  color: 'Color',
  colorHint: 'Como #rrggbb; las iniciales se dibujan en blanco o negro, lo que mejor se lea.',
  swatches: {
    teal: 'Verde azulado',
    navy: 'Azul marino',
    purple: 'Morado',
    crimson: 'Carmesí',
    orange: 'Naranja',
    green: 'Verde',
  },
  useSwatch: 'Usar {{color}} ({{hex}})',
  colorInvalid: 'Escribe el color como # y seis dígitos hexadecimales, p. ej. #0f6f80.',
  generate: 'Generar diseño',
  remove: 'Quitar imagen',
  close: 'Cerrar',
  uploaded: 'Se guardó la imagen de «{{name}}».',
  generated: 'Se guardó un diseño generado para «{{name}}».',
  removed: '«{{name}}» ya no tiene imagen.',
  problemTitle: 'La imagen no se guardó',
  noFile: 'Elige primero un archivo PNG o SVG.',
  wrongType: 'Elige un archivo PNG o SVG: no se aceptan otros tipos de imagen.',
  problems: {
    too_large:
      'La imagen ocupa más de 40 KB. Guárdala más pequeña (por ejemplo, un PNG de 256×256) o como SVG.',
    not_base64: 'No se pudo leer el archivo. Vuelve a elegirlo.',
    empty: 'El archivo está vacío.',
    not_png: 'Este archivo no es realmente una imagen PNG. Elige un archivo PNG o SVG.',
    png_damaged: 'Esta imagen PNG está dañada y no se puede leer.',
    png_dimensions: 'Esta imagen PNG mide {{found}} píxeles; cada lado puede medir como máximo 2048 píxeles.',
    not_svg:
      'Este archivo no es una imagen SVG que los navegadores puedan mostrar (necesita xmlns="http://www.w3.org/2000/svg").',
    svg_malformed: 'Este archivo SVG no es XML bien formado.',
    svg_doctype:
      'Este SVG tiene una declaración DOCTYPE o de entidades. Quita la línea <!DOCTYPE …> y vuelve a intentarlo.',
    svg_script:
      'Este SVG contiene un script. Una imagen de insignia no puede ejecutar scripts: expórtalo sin ellos.',
    svg_event_handler:
      'Este SVG tiene un manejador de eventos ({{found}}). Una imagen de insignia no puede ejecutar código.',
    svg_foreign_object: 'Este SVG incrusta una página web (un elemento foreignObject), y eso no se acepta.',
    svg_javascript_url:
      'Este SVG tiene una dirección javascript: (en {{found}}). Una imagen de insignia no puede ejecutar código.',
    svg_external_reference:
      'Este SVG hace referencia a otro archivo ({{found}}). Pon dentro del propio SVG todo lo que la imagen necesita.',
  },
};
