console.log('gai')
