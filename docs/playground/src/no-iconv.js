// Stands in for iconv-lite in the browser, where TextDecoder knows every encoding a page uses.
export default {
  encodingExists: () => false,
  decode: () => {
    throw new RangeError('This encoding is not supported in the browser')
  },
}
